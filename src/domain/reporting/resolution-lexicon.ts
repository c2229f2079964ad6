// The words a resolution is built from, in the six languages: how it opens ("The General Assembly,"), the verbs its
// operative paragraphs start with and what they mean, whom they address, the preambular openers that link it to
// earlier resolutions, months for its dates. Canonical values are English ids the UI translates. Pure.
import type { Language } from '#domain/treaties/types.ts';

export const RESOLUTION_BODIES = ['ga', 'sc', 'ecosoc', 'commission'] as const;
export type ResolutionBody = (typeof RESOLUTION_BODIES)[number];

/** The opening line naming the body, then a comma (, ， ،). */
export const OPENINGS: { body: ResolutionBody; re: RegExp }[] = [
  { body: 'ga', re: /(?:The General Assembly|L[’']Assemblée générale|La Asamblea General|Генеральная Ассамблея|إن الجمعية العامة|大会|大會)\s*[,，،]/ },
  { body: 'sc', re: /(?:The Security Council|Le Conseil de sécurité|El Consejo de Seguridad|Совет Безопасности|إن مجلس الأمن|安全理事会|安理会|安全理事會|安理會)\s*[,，،]/ },
  { body: 'ecosoc', re: /(?:The Economic and Social Council|Le Conseil économique et social|El Consejo Económico y Social|Экономический и Социальный Совет|إن المجلس الاقتصادي والاجتماعي|经济及社会理事会)\s*[,，،]/ },
  { body: 'commission', re: /(?:The Commission on [A-Z][\w ]{3,60}|La Commission [\wéè ]{3,60}|La Comisión [\wáéíóú ]{3,60}|Комиссия [а-яё ]{3,60}|إن لجنة [\u0600-\u06FF ]{3,60}|[\u4e00-\u9fff]{2,12}委员会)\s*[,，،]/ },
];

export const ADDRESSEES = [
  'member-states',
  'secretary-general',
  'unodc',
  'un-entities',
  'specialized-agencies',
  'intergovernmental-bodies',
  'regional-organisations',
  'international-organisations',
  'donors',
  'civil-society',
] as const;
export type Addressee = (typeof ADDRESSEES)[number];

const A = (en: RegExp, fr: RegExp, es: RegExp, ru: RegExp, zh: RegExp, ar: RegExp): Record<Language, RegExp> => ({ en, fr, es, ru, zh, ar });

/** How each addressee is named in the verb's object. */
export const ADDRESSEE_PATTERNS: Record<Addressee, Record<Language, RegExp>> = {
  'secretary-general': A(/Secretary-General/i, /Secrétaire général/i, /Secretari[oa] General/i, /Генеральн\S* секретар/i, /秘书长/, /الأمين العام/),
  unodc: A(
    /United Nations Office on Drugs and Crime|\bUNODC\b/,
    /Office des Nations Unies contre la drogue et le crime|\bONUDC\b/,
    /Oficina de las Naciones Unidas contra la Droga y el Delito|\bUNODC\b/,
    /Управлени\S* Организации Объединенных Наций по наркотикам и преступности|ЮНОДК/,
    /毒品和犯罪问题办公室|毒品和犯罪办公室/,
    /مكتب الأمم المتحدة المعني بالمخدرات والجريمة/,
  ),
  'member-states': A(
    /Member States|(?<!United )\bStates\b/,
    /États Membres|\bÉtats\b/,
    /Estados Miembros|\bEstados\b/,
    /государств/i,
    /会员国|所有国家|各国/,
    /الدول/,
  ),
  'un-entities': A(
    /United Nations (?:system|entities|bodies|funds|programmes)|principal organs|bodies of the United Nations|relevant United Nations/i,
    /organismes des Nations Unies|système des Nations Unies|organes principaux|entités des Nations Unies/i,
    /sistema de las Naciones Unidas|órganos principales|entidades de las Naciones Unidas/i,
    /систем\S* Организации Объединенных Наций|главн\S* орган/i,
    /联合国系统|主要机关|联合国各实体/,
    /منظومة الأمم المتحدة|الأجهزة الرئيسية|كيانات الأمم المتحدة/,
  ),
  'specialized-agencies': A(/specialized agencies/i, /institutions spécialisées/i, /organismos especializados/i, /специализированн\S* учреждени/i, /专门机构/, /الوكالات المتخصصة/),
  'intergovernmental-bodies': A(/intergovernmental bodies/i, /organes intergouvernementaux/i, /órganos intergubernamentales/i, /межправительственн\S* орган/i, /政府间机构/, /الهيئات الحكومية الدولية/),
  'regional-organisations': A(/regional (?:and subregional )?organi[sz]ations/i, /organisations régionales/i, /organizaciones regionales/i, /региональн\S* организац/i, /区域组织/, /المنظمات الإقليمية/),
  'international-organisations': A(/international organi[sz]ations/i, /organisations internationales/i, /organizaciones internacionales/i, /международн\S* организац/i, /国际组织/, /المنظمات الدولية/),
  donors: A(/donor/i, /donateur/i, /donante/i, /донор/i, /捐助/, /المانح/),
  'civil-society': A(/civil society|non-governmental/i, /société civile|non gouvernementales/i, /sociedad civil|no gubernamentales/i, /гражданск\S* обществ|неправительственн/i, /民间社会|非政府组织/, /المجتمع المدني|غير الحكومية/),
};

/** Operative verbs that ask someone to act: their object is who the paragraph addresses. */
export const DIRECTIVE_VERBS = new Set(['requests', 'calls upon', 'urges', 'invites', 'encourages', 'appeals', 'demands', 'authorizes', 'recommends']);

type VerbTable = [RegExp, string][];

// Adverbs that may come before (en, zh, ru, ar) or after (fr, es) the verb: "Also requests", "又请", "Prie également".
const EN_ADVERBS = /^(?:(?:also|further|again|once again|strongly|urgently|hereby|moreover|furthermore|firmly|repeatedly|deeply|reiterates its|renews its)\s+)+/i;

export const OPERATIVE_VERBS: Record<Language, VerbTable> = {
  en: [
    [/^(?:calls upon|calls on)\b/i, 'calls upon'], [/^requests\b/i, 'requests'], [/^urges\b/i, 'urges'], [/^invites\b/i, 'invites'],
    [/^encourages\b/i, 'encourages'], [/^appeals\b/i, 'appeals'], [/^demands\b/i, 'demands'], [/^authorizes\b/i, 'authorizes'],
    [/^recommends\b/i, 'recommends'], [/^decides\b/i, 'decides'], [/^welcomes\b/i, 'welcomes'], [/^takes note\b/i, 'takes note'],
    [/^notes\b/i, 'notes'], [/^reaffirms\b/i, 'reaffirms'], [/^(?:stresses|emphasizes|underlines)\b/i, 'stresses'],
    [/^condemns\b/i, 'condemns'], [/^adopts\b/i, 'adopts'], [/^(?:approves|endorses)\b/i, 'approves'], [/^commends\b/i, 'commends'],
    [/^(?:recognizes|acknowledges)\b/i, 'recognizes'], [/^(?:reiterates|affirms)\b/i, 'reaffirms'], [/^expresses\b/i, 'expresses'],
    [/^(?:declares|proclaims)\b/i, 'declares'], [/^(?:supports)\b/i, 'supports'],
  ],
  fr: [
    [/^prie\b/i, 'requests'], [/^demande\b/i, 'calls upon'], [/^engage\b/i, 'calls upon'], [/^exhorte\b/i, 'urges'], [/^invite\b/i, 'invites'],
    [/^encourage\b/i, 'encourages'], [/^lance un appel\b/i, 'appeals'], [/^exige\b/i, 'demands'], [/^autorise\b/i, 'authorizes'],
    [/^recommande\b/i, 'recommends'], [/^décide\b/i, 'decides'], [/^(?:se félicite|accueille avec satisfaction|salue)\b/i, 'welcomes'],
    [/^prend note\b/i, 'takes note'], [/^note\b/i, 'notes'], [/^réaffirme\b/i, 'reaffirms'], [/^(?:souligne|insiste)\b/i, 'stresses'],
    [/^condamne\b/i, 'condemns'], [/^adopte\b/i, 'adopts'], [/^(?:approuve|fait sienne)\b/i, 'approves'], [/^(?:félicite|rend hommage)\b/i, 'commends'],
    [/^(?:reconnaît|constate)\b/i, 'recognizes'], [/^(?:exprime|se déclare)\b/i, 'expresses'], [/^(?:déclare|proclame)\b/i, 'declares'],
  ],
  es: [
    [/^(?:solicita|pide)\b/i, 'requests'], [/^exhorta\b/i, 'calls upon'], [/^insta\b/i, 'urges'], [/^invita\b/i, 'invites'],
    [/^(?:alienta|anima)\b/i, 'encourages'], [/^hace un llamamiento\b/i, 'appeals'], [/^exige\b/i, 'demands'], [/^autoriza\b/i, 'authorizes'],
    [/^recomienda\b/i, 'recommends'], [/^decide\b/i, 'decides'], [/^(?:acoge con beneplácito|celebra|acoge con satisfacción)\b/i, 'welcomes'],
    [/^toma nota\b/i, 'takes note'], [/^(?:observa|señala)\b/i, 'notes'], [/^reafirma\b/i, 'reaffirms'], [/^(?:subraya|destaca|recalca)\b/i, 'stresses'],
    [/^condena\b/i, 'condemns'], [/^aprueba\b/i, 'adopts'], [/^(?:hace suyo|respalda)\b/i, 'approves'], [/^(?:encomia|felicita)\b/i, 'commends'],
    [/^reconoce\b/i, 'recognizes'], [/^expresa\b/i, 'expresses'], [/^(?:declara|proclama)\b/i, 'declares'],
  ],
  ru: [
    [/^(?:настоятельно )?призывает\b/i, 'calls upon'], [/^просит\b/i, 'requests'], [/^предлагает\b/i, 'invites'], [/^(?:поощряет|рекомендует)\b/i, 'encourages'],
    [/^обращается с призывом\b/i, 'appeals'], [/^требует\b/i, 'demands'], [/^уполномочивает\b/i, 'authorizes'], [/^постановляет\b/i, 'decides'],
    [/^(?:приветствует|с удовлетворением отмечает)\b/i, 'welcomes'], [/^принимает к сведению\b/i, 'takes note'], [/^отмечает\b/i, 'notes'],
    [/^(?:вновь подтверждает|подтверждает)\b/i, 'reaffirms'], [/^(?:подчеркивает|подчёркивает)\b/i, 'stresses'], [/^(?:решительно )?осуждает\b/i, 'condemns'],
    [/^принимает\b/i, 'adopts'], [/^(?:одобряет|утверждает)\b/i, 'approves'], [/^(?:высоко оценивает|воздает должное)\b/i, 'commends'],
    [/^(?:признает|признаёт)\b/i, 'recognizes'], [/^выражает\b/i, 'expresses'], [/^(?:заявляет|провозглашает)\b/i, 'declares'],
  ],
  zh: [
    [/^(?:吁请|呼吁)/, 'calls upon'], [/^(?:促请|敦促)/, 'urges'], [/^邀请/, 'invites'], [/^鼓励/, 'encourages'], [/^要求/, 'demands'], [/^授权/, 'authorizes'],
    [/^建议/, 'recommends'], [/^请/, 'requests'], [/^决定/, 'decides'], [/^欢迎/, 'welcomes'], [/^(?:赞赏地)?注意到/, 'takes note'],
    [/^重申/, 'reaffirms'], [/^强调/, 'stresses'], [/^(?:强烈)?谴责/, 'condemns'], [/^通过/, 'adopts'], [/^(?:核可|赞同)/, 'approves'], [/^(?:赞扬|赞赏)/, 'commends'],
    [/^(?:确认|认识到)/, 'recognizes'], [/^表示/, 'expresses'], [/^(?:宣布|宣告)/, 'declares'],
  ],
  ar: [
    [/^(?:تهيب|تناشد)/, 'calls upon'], [/^تطلب/, 'requests'], [/^تحث/, 'urges'], [/^تدعو/, 'invites'], [/^تشجع/, 'encourages'], [/^تقرر/, 'decides'],
    [/^ترحب/, 'welcomes'], [/^تحيط علما/, 'takes note'], [/^تلاحظ/, 'notes'], [/^(?:تعيد تأكيد|تؤكد من جديد)/, 'reaffirms'], [/^(?:تشدد|تؤكد)/, 'stresses'],
    [/^تدين/, 'condemns'], [/^تعتمد/, 'adopts'], [/^(?:تقر|تؤيد)/, 'approves'], [/^(?:تثني|تشيد)/, 'commends'], [/^(?:تسلم|تعترف)/, 'recognizes'],
    [/^تعرب/, 'expresses'], [/^(?:تعلن)/, 'declares'], [/^توصي/, 'recommends'], [/^تأذن/, 'authorizes'], [/^تطالب/, 'demands'],
  ],
};

/** Leading words that modify the verb without changing it. */
export const VERB_PREFIXES: Record<Language, RegExp> = {
  en: EN_ADVERBS,
  fr: /^$/,
  es: /^$/,
  ru: /^(?:(?:также|далее|вновь|еще раз|ещё раз)\s+)+/i,
  zh: /^(?:又|还|并|再次|也|另|进一步|同时)+/,
  ar: /^(?:و)/,
};

/** Words right after the verb that modify it ("Prie également", "Solicita también", "просит также", "تطلب أيضا"). */
export const VERB_SUFFIXES: Record<Language, RegExp> = {
  en: /^$/,
  fr: /^(?:\s+(?:également|aussi|en outre|de nouveau|instamment))+/i,
  es: /^(?:\s+(?:también|además|asimismo|nuevamente|encarecidamente))+/i,
  ru: /^(?:\s+(?:также|далее))+/i,
  zh: /^$/,
  ar: /^(?:\s+(?:أيضا|كذلك|مرة أخرى))+/,
};

/** Where the verb's object ends: before the infinitive or clause that says what is asked. */
export const OBJECT_END: Record<Language, RegExp> = {
  en: /\s(?:to|that)\s/,
  fr: /\s(?:de|d[’']|à|que)\s?(?=\S)/,
  es: /\s(?:a que|que|a)\s/,
  ru: /[,]|\s(?:представить|продолжать|принять|обеспечить|рассмотреть)/,
  zh: /[,，在向就为对于根据按照继续采取提交充分考虑]/,
  ar: /\s(?:أن|إلى أن|على أن)\s/,
};

export const LINK_RELATIONS = ['recalls', 'reaffirms', 'welcomes', 'takes-note', 'cites'] as const;
export type LinkRelation = (typeof LINK_RELATIONS)[number];

/** Preambular openers and the link they make to the resolutions they name. */
export const PREAMBULAR_OPENERS: Record<Language, [RegExp, LinkRelation, string][]> = {
  en: [
    [/^(?:Recalling|Also recalling|Further recalling)/i, 'recalls', 'recalls'],
    [/^(?:Reaffirming|Also reaffirming)/i, 'reaffirms', 'reaffirms'],
    [/^Welcoming/i, 'welcomes', 'welcomes'],
    [/^(?:Taking note|Noting|Also noting)/i, 'takes-note', 'takes note'],
    [/^(?:Having considered|Having examined|Having received)/i, 'cites', 'considers'],
  ],
  fr: [
    [/^(?:Rappelant|Rappelant également|Rappelant en outre)/i, 'recalls', 'recalls'],
    [/^Réaffirmant/i, 'reaffirms', 'reaffirms'],
    [/^(?:Se félicitant|Accueillant avec satisfaction|Saluant)/i, 'welcomes', 'welcomes'],
    [/^(?:Prenant note|Notant)/i, 'takes-note', 'takes note'],
    [/^(?:Ayant examiné|Ayant pris connaissance)/i, 'cites', 'considers'],
  ],
  es: [
    [/^Recordando/i, 'recalls', 'recalls'],
    [/^Reafirmando/i, 'reaffirms', 'reaffirms'],
    [/^(?:Acogiendo con beneplácito|Acogiendo con satisfacción|Celebrando)/i, 'welcomes', 'welcomes'],
    [/^(?:Tomando nota|Observando)/i, 'takes-note', 'takes note'],
    [/^Habiendo examinado/i, 'cites', 'considers'],
  ],
  ru: [
    [/^(?:ссылаясь|напоминая)/i, 'recalls', 'recalls'],
    [/^(?:вновь подтверждая|подтверждая)/i, 'reaffirms', 'reaffirms'],
    [/^приветствуя/i, 'welcomes', 'welcomes'],
    [/^(?:принимая к сведению|отмечая)/i, 'takes-note', 'takes note'],
    [/^рассмотрев/i, 'cites', 'considers'],
  ],
  zh: [
    [/^(?:又|还|并|再)?回顾/, 'recalls', 'recalls'],
    [/^(?:又|还|并|再)?重申/, 'reaffirms', 'reaffirms'],
    [/^(?:又|还|并)?欢迎/, 'welcomes', 'welcomes'],
    [/^(?:又|还|并)?注意到/, 'takes-note', 'takes note'],
    [/^(?:又|还|并)?(?:审议了|审查了|收到)/, 'cites', 'considers'],
  ],
  ar: [
    [/^(?:و?إذ تشير|و?إذ تستذكر)/, 'recalls', 'recalls'],
    [/^(?:و?إذ تعيد تأكيد|و?إذ تؤكد من جديد)/, 'reaffirms', 'reaffirms'],
    [/^و?إذ ترحب/, 'welcomes', 'welcomes'],
    [/^(?:و?إذ تحيط علما|و?إذ تلاحظ)/, 'takes-note', 'takes note'],
    [/^و?وقد نظرت/, 'cites', 'considers'],
  ],
};

const MONTHS: Record<Exclude<Language, 'zh'>, string[][]> = {
  en: [['January'], ['February'], ['March'], ['April'], ['May'], ['June'], ['July'], ['August'], ['September'], ['October'], ['November'], ['December']],
  fr: [['janvier'], ['février'], ['mars'], ['avril'], ['mai'], ['juin'], ['juillet'], ['août'], ['septembre'], ['octobre'], ['novembre'], ['décembre']],
  es: [['enero'], ['febrero'], ['marzo'], ['abril'], ['mayo'], ['junio'], ['julio'], ['agosto'], ['septiembre', 'setiembre'], ['octubre'], ['noviembre'], ['diciembre']],
  ru: [['января'], ['февраля'], ['марта'], ['апреля'], ['мая'], ['июня'], ['июля'], ['августа'], ['сентября'], ['октября'], ['ноября'], ['декабря']],
  ar: [['يناير'], ['فبراير'], ['مارس'], ['أبريل', 'إبريل', 'نيسان'], ['مايو', 'أيار'], ['يونيه', 'يونيو', 'حزيران'], ['يوليه', 'يوليو', 'تموز'], ['أغسطس', 'آب'], ['سبتمبر', 'أيلول'], ['أكتوبر', 'تشرين الأول'], ['نوفمبر', 'تشرين الثاني'], ['ديسمبر', 'كانون الأول']],
};

const monthIndex = (lang: Exclude<Language, 'zh'>, name: string) => MONTHS[lang].findIndex((names) => names.some((n) => n.toLowerCase() === name.toLowerCase())) + 1;
const iso = (y: string, m: number, d: string) => `${y}-${String(m).padStart(2, '0')}-${d.padStart(2, '0')}`;

/** Every date written in a text (any of the six languages), with where it is: ISO dates in the order they appear. */
export function datesIn(text: string): { at: number; iso: string }[] {
  const found: { at: number; iso: string }[] = [];
  for (const m of text.matchAll(/(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日/g)) found.push({ at: m.index, iso: iso(m[1]!, Number(m[2]), m[3]!) });
  for (const lang of ['en', 'fr', 'es', 'ru', 'ar'] as const) {
    const names = MONTHS[lang].flat().join('|');
    const re =
      lang === 'es'
        ? new RegExp(`(\\d{1,2}) de (${names}) de (\\d{4})`, 'gi')
        : lang === 'ar'
          ? new RegExp(`(\\d{1,2})\\s+(?:[^/\\d]{2,20}/)?(${names})\\s+(\\d{4})`, 'g')
          : new RegExp(`(\\d{1,2})(?:er)?\\s+(${names})\\s+(\\d{4})`, 'gi');
    for (const m of text.matchAll(re)) {
      const month = monthIndex(lang, m[2]!);
      if (month > 0) found.push({ at: m.index, iso: iso(m[3]!, month, m[1]!) });
    }
  }
  return found.sort((a, b) => a.at - b.at);
}

/** Words near which the adoption date is written. */
export const ADOPTED = /adopted by|adoptée par|aprobada por|принята\s|اتخذتها|اتخذها/gi;
export const PLENARY = /plenary meeting|séance plénière|sesión plenaria|пленарн\S* заседани|全体会议|الجلسة العامة|meeting, on/gi;

// Traditional characters of the words above, each beside its simplified form: Chinese texts published in traditional
// script (older documents, some archives) are matched through this fold, one character for one, so that offsets in
// the folded text are offsets in the original, which is what is kept.
const TRADITIONAL = '請決會書長報議籲勵權歡強譴責贊識認確國員聯屆構織區際體統關問題辦處門機專間組經濟過稱還應進執於與為這對將該從設實範約';
const SIMPLIFIED = '请决会书长报议吁励权欢强谴责赞识认确国员联届构织区际体统关问题办处门机专间组经济过称还应进执于与为这对将该从设实范约';
const TO_SIMPLIFIED = new Map([...TRADITIONAL].map((c, i) => [c, [...SIMPLIFIED][i]!]));

/** `text` with the traditional characters the lexicon knows written in their simplified form; the same length. */
export function foldTraditional(text: string): string {
  let out = '';
  for (const c of text) out += TO_SIMPLIFIED.get(c) ?? c;
  return out;
}
