// What a notification says, in the six UN languages: its title (rendered when shown, in the reader's language, from
// the kind and the params stored with it), the web page it leads to, and the words of its mail and its feed.
// Vocabulary ids (statuses, themes, resolutions, result kinds) are translated here; an unknown id is shown as it is.
import { UN_LANGUAGES, type UnLanguage } from '#domain/assistance/themes.ts';
import type { LocalizedText } from '#domain/treaties/types.ts';

/** ar, zh, en, fr, ru, es (a regional tag is read for its language); anything else: English. */
export function notificationLanguage(language: string | null | undefined): UnLanguage {
  const base = (language ?? '').toLowerCase().split(/[-_]/)[0] ?? '';
  return (UN_LANGUAGES as readonly string[]).includes(base) ? (base as UnLanguage) : 'en';
}

export const NOTIFICATION_KINDS = [
  'request-submitted',
  'request-transition',
  'request-message',
  'activity-planned',
  'activity-updated',
  'overlap-found',
  'overlap-resolved',
  'result-recorded',
  /** An entry of the directory of competent authorities was not confirmed for 12 months (issue 11). */
  'authority-stale',
  /** A request for MLA or extradition took an event (issue 12): sent, received, executed, … */
  'cooperation-request-transition',
  /** A message in the conversation between the two authorities of a request. */
  'cooperation-request-message',
  /** A request's status has not moved for REMIND_AFTER_DAYS. */
  'cooperation-request-reminder',
] as const;
export type NotificationKind = (typeof NOTIFICATION_KINDS)[number];
export type NotificationRecordType = 'request' | 'activity' | 'overlap' | 'authority' | 'cooperation-request';
export type NotificationParams = Record<string, string | number | null>;

/**
 * The params a notification keeps: references, the record's title (for people who may see the record), its status
 * and the event, dates, States and themes. Anything else an event carries (a message's text, a comment) is dropped.
 */
export const NOTIFICATION_PARAM_KEYS = [
  'reference',
  'title',
  'status',
  /** A request's previous status; an overlap's first day. */
  'from',
  /** An overlap's last day. */
  'to',
  'event',
  'reason',
  'stateCode',
  'stateCodes',
  'themes',
  /** An activity's kind. */
  'kind',
  'startDate',
  'endDate',
  'date',
  'resolution',
  'resultKind',
  'referralReference',
  'referredFromReference',
  'organisationName',
  /** A request for MLA or extradition: the requested authority's own reference (`reference` is the requesting one's). */
  'requestedReference',
] as const;

interface Words {
  requestStatus: Record<string, string>;
  activityStatus: Record<string, string>;
  theme: Record<string, string>;
  resolution: Record<string, string>;
  resultKind: Record<string, string>;
  /** Statuses of requests for MLA and extradition (issue 12). */
  cooperationStatus: Record<string, string>;
  kind: {
    'request-submitted'(ref: string): string;
    'request-transition'(ref: string, status: string): string;
    'request-message'(ref: string): string;
    'activity-planned'(dates: string): string;
    'activity-updated'(status: string): string;
    'overlap-found'(states: string, dates: string): string;
    'overlap-resolved'(resolution: string): string;
    'result-recorded'(kind: string): string;
    'authority-stale'(): string;
    /** `label`: the requesting authority's reference and the two States, "PNAT-17 (FRA → NOR)". */
    'cooperation-request-transition'(label: string, status: string): string;
    'cooperation-request-message'(label: string): string;
    'cooperation-request-reminder'(label: string, status: string): string;
  };
  /** From the requesting State to the requested one. */
  statePair(from: string, to: string): string;
  /** The title of the record after what happened to it. */
  withTitle(base: string, title: string): string;
  /** Wrapped around an optional detail: " (x)" / "（x）". */
  paren(text: string): string;
  list: string;
  /** The title of a notification whose record the reader may no longer see. */
  unavailable: string;
  follow: { state: string; theme: string; entity: string };
  /** What a subscription to an authority's requests follows (issue 12), with the authority's or State's name. */
  followRequests: { sent(name: string): string; received(name: string): string };
  feed: { title(label: string): string; subtitle: string };
  mail: { reasonParty: string; reasonSubscription: string; action: string; button: string; manage: string };
}

const paren = (t: string) => (t ? ` (${t})` : '');

const WORDS: Record<UnLanguage, Words> = {
  en: {
    requestStatus: {
      draft: 'draft', submitted: 'submitted', 'under-review': 'under review', accepted: 'accepted', declined: 'declined',
      referred: 'referred to another entity', planned: 'planned', 'in-delivery': 'in delivery', completed: 'completed',
      evaluated: 'evaluated', withdrawn: 'withdrawn',
    },
    activityStatus: { planned: 'planned', 'in-delivery': 'in delivery', completed: 'completed', cancelled: 'cancelled' },
    theme: {
      'ratification-legislation': 'ratification and legislative incorporation',
      'international-cooperation': 'international cooperation in criminal matters',
      'criminal-justice-capacity': 'criminal-justice capacity',
      strategies: 'national and regional strategies',
      victims: 'victims of terrorism',
      'internet-use': 'use of the Internet for terrorist purposes',
      'terrorist-financing': 'financing of terrorism',
      cbrn: 'nuclear, chemical, biological and radiological terrorism',
      'aviation-maritime-security': 'aviation and maritime security',
      'organized-crime-links': 'links with organized crime',
      'human-rights-rule-of-law': 'human rights and the rule of law',
    },
    resolution: {
      coordinated: 'coordinated', merged: 'merged', rescheduled: 'rescheduled', 'not-a-duplicate': 'not a duplicate',
      cancelled: 'cancelled',
    },
    resultKind: {
      'ratification-deposited': 'ratification deposited', 'legislation-adopted': 'legislation adopted',
      'strategy-adopted': 'strategy adopted', 'officials-trained': 'officials trained',
      'tool-published': 'tool or publication issued', other: 'other result',
    },
    cooperationStatus: {
      draft: 'draft', sent: 'sent', received: 'received', 'under-execution': 'under execution', 'further-information-requested': 'further information requested', 'partially-executed': 'partially executed', executed: 'executed', refused: 'refused', withdrawn: 'withdrawn',
    },
    kind: {
      'request-submitted': (ref) => `Request ${ref} submitted`,
      'request-transition': (ref, status) => `Request ${ref}: ${status}`,
      'request-message': (ref) => `New message on request ${ref}`,
      'activity-planned': (dates) => `Activity planned${paren(dates)}`,
      'activity-updated': (status) => `Activity updated${paren(status)}`,
      'overlap-found': (states, dates) => `Possible overlap of activities${states ? ` in ${states}` : ''}${paren(dates)}`,
      'overlap-resolved': (r) => `Overlap resolved${r ? `: ${r}` : ''}`,
      'result-recorded': (k) => `Result recorded${k ? `: ${k}` : ''}`,
      'authority-stale': () => 'Directory entry not confirmed for 12 months: please check and confirm it',
      'cooperation-request-transition': (label, status) => `Cooperation request ${label}: ${status}`,
      'cooperation-request-message': (label) => `New message on cooperation request ${label}`,
      'cooperation-request-reminder': (label, status) => `Reminder: cooperation request ${label} is still ${status}`,
    },
    withTitle: (base, title) => `${base} — ${title}`,
    statePair: (from, to) => `${from} → ${to}`,
    paren,
    list: ', ',
    unavailable: 'Record no longer available to you',
    follow: { state: 'State', theme: 'theme', entity: 'entity' },
    followRequests: { sent: (n) => `cooperation requests sent by ${n}`, received: (n) => `cooperation requests received by ${n}` },
    feed: {
      title: (label) => `Accord — following ${label}`,
      subtitle: 'Requests, activities and coordination you follow and may see',
    },
    mail: {
      reasonParty: 'You receive this because you take part in this record.',
      reasonSubscription: 'You receive this because you follow its State, theme or entity in Accord.',
      action: 'Open it in Accord (you will be asked to sign in):',
      button: 'Open in Accord',
      manage: 'To change what you receive, open your subscriptions in Accord.',
    },
  },
  fr: {
    requestStatus: {
      draft: 'brouillon', submitted: 'soumise', 'under-review': 'en cours d’examen', accepted: 'acceptée',
      declined: 'refusée', referred: 'transmise à une autre entité', planned: 'planifiée',
      'in-delivery': 'en cours d’exécution', completed: 'achevée', evaluated: 'évaluée', withdrawn: 'retirée',
    },
    activityStatus: { planned: 'planifiée', 'in-delivery': 'en cours', completed: 'achevée', cancelled: 'annulée' },
    theme: {
      'ratification-legislation': 'ratification et incorporation dans la législation',
      'international-cooperation': 'coopération internationale en matière pénale',
      'criminal-justice-capacity': 'capacités de la justice pénale',
      strategies: 'stratégies nationales et régionales',
      victims: 'victimes du terrorisme',
      'internet-use': 'utilisation d’Internet à des fins terroristes',
      'terrorist-financing': 'financement du terrorisme',
      cbrn: 'terrorisme nucléaire, chimique, biologique et radiologique',
      'aviation-maritime-security': 'sûreté aérienne et maritime',
      'organized-crime-links': 'liens avec la criminalité organisée',
      'human-rights-rule-of-law': 'droits de l’homme et état de droit',
    },
    resolution: {
      coordinated: 'activités coordonnées', merged: 'activités fusionnées', rescheduled: 'activité reprogrammée',
      'not-a-duplicate': 'pas un doublon', cancelled: 'activité annulée',
    },
    resultKind: {
      'ratification-deposited': 'ratification déposée', 'legislation-adopted': 'législation adoptée',
      'strategy-adopted': 'stratégie adoptée', 'officials-trained': 'agents formés',
      'tool-published': 'outil ou publication diffusé', other: 'autre résultat',
    },
    cooperationStatus: {
      draft: 'brouillon', sent: 'envoyée', received: 'reçue', 'under-execution': 'en cours d’exécution', 'further-information-requested': 'complément d’information demandé', 'partially-executed': 'partiellement exécutée', executed: 'exécutée', refused: 'refusée', withdrawn: 'retirée',
    },
    kind: {
      'request-submitted': (ref) => `Demande ${ref} soumise`,
      'request-transition': (ref, status) => `Demande ${ref} : ${status}`,
      'request-message': (ref) => `Nouveau message sur la demande ${ref}`,
      'activity-planned': (dates) => `Activité planifiée${paren(dates)}`,
      'activity-updated': (status) => `Activité mise à jour${paren(status)}`,
      'overlap-found': (states, dates) => `Chevauchement possible d’activités${states ? ` pour ${states}` : ''}${paren(dates)}`,
      'overlap-resolved': (r) => `Chevauchement résolu${r ? ` : ${r}` : ''}`,
      'result-recorded': (k) => `Résultat enregistré${k ? ` : ${k}` : ''}`,
      'authority-stale': () => 'Entrée du répertoire non confirmée depuis 12 mois : veuillez la vérifier et la confirmer',
      'cooperation-request-transition': (label, status) => `Demande de coopération ${label} : ${status}`,
      'cooperation-request-message': (label) => `Nouveau message sur la demande de coopération ${label}`,
      'cooperation-request-reminder': (label, status) => `Rappel : la demande de coopération ${label} est toujours au statut « ${status} »`,
    },
    withTitle: (base, title) => `${base} — ${title}`,
    statePair: (from, to) => `${from} → ${to}`,
    paren,
    list: ', ',
    unavailable: 'Dossier qui ne vous est plus accessible',
    follow: { state: 'État', theme: 'thème', entity: 'entité' },
    followRequests: { sent: (n) => `demandes de coopération envoyées par ${n}`, received: (n) => `demandes de coopération reçues par ${n}` },
    feed: {
      title: (label) => `Accord — suivi : ${label}`,
      subtitle: 'Demandes, activités et coordination que vous suivez et que vous pouvez consulter',
    },
    mail: {
      reasonParty: 'Vous recevez ce message parce que vous êtes partie à ce dossier.',
      reasonSubscription: 'Vous recevez ce message parce que vous suivez son État, son thème ou son entité dans Accord.',
      action: 'Ouvrez-le dans Accord (il vous sera demandé de vous connecter) :',
      button: 'Ouvrir dans Accord',
      manage: 'Pour modifier ce que vous recevez, ouvrez vos abonnements dans Accord.',
    },
  },
  es: {
    requestStatus: {
      draft: 'borrador', submitted: 'presentada', 'under-review': 'en examen', accepted: 'aceptada', declined: 'rechazada',
      referred: 'remitida a otra entidad', planned: 'planificada', 'in-delivery': 'en ejecución', completed: 'finalizada',
      evaluated: 'evaluada', withdrawn: 'retirada',
    },
    activityStatus: { planned: 'planificada', 'in-delivery': 'en curso', completed: 'finalizada', cancelled: 'cancelada' },
    theme: {
      'ratification-legislation': 'ratificación e incorporación a la legislación',
      'international-cooperation': 'cooperación internacional en asuntos penales',
      'criminal-justice-capacity': 'capacidad de la justicia penal',
      strategies: 'estrategias nacionales y regionales',
      victims: 'víctimas del terrorismo',
      'internet-use': 'uso de Internet con fines terroristas',
      'terrorist-financing': 'financiación del terrorismo',
      cbrn: 'terrorismo nuclear, químico, biológico y radiológico',
      'aviation-maritime-security': 'seguridad de la aviación y marítima',
      'organized-crime-links': 'vínculos con la delincuencia organizada',
      'human-rights-rule-of-law': 'derechos humanos y estado de derecho',
    },
    resolution: {
      coordinated: 'actividades coordinadas', merged: 'actividades fusionadas', rescheduled: 'actividad reprogramada',
      'not-a-duplicate': 'no es una duplicación', cancelled: 'actividad cancelada',
    },
    resultKind: {
      'ratification-deposited': 'ratificación depositada', 'legislation-adopted': 'legislación aprobada',
      'strategy-adopted': 'estrategia aprobada', 'officials-trained': 'funcionarios capacitados',
      'tool-published': 'herramienta o publicación difundida', other: 'otro resultado',
    },
    cooperationStatus: {
      draft: 'borrador', sent: 'enviada', received: 'recibida', 'under-execution': 'en ejecución', 'further-information-requested': 'información adicional solicitada', 'partially-executed': 'ejecutada parcialmente', executed: 'ejecutada', refused: 'denegada', withdrawn: 'retirada',
    },
    kind: {
      'request-submitted': (ref) => `Solicitud ${ref} presentada`,
      'request-transition': (ref, status) => `Solicitud ${ref}: ${status}`,
      'request-message': (ref) => `Nuevo mensaje en la solicitud ${ref}`,
      'activity-planned': (dates) => `Actividad planificada${paren(dates)}`,
      'activity-updated': (status) => `Actividad actualizada${paren(status)}`,
      'overlap-found': (states, dates) => `Posible superposición de actividades${states ? ` en ${states}` : ''}${paren(dates)}`,
      'overlap-resolved': (r) => `Superposición resuelta${r ? `: ${r}` : ''}`,
      'result-recorded': (k) => `Resultado registrado${k ? `: ${k}` : ''}`,
      'authority-stale': () => 'Entrada del directorio sin confirmar en 12 meses: revísela y confírmela',
      'cooperation-request-transition': (label, status) => `Solicitud de cooperación ${label}: ${status}`,
      'cooperation-request-message': (label) => `Nuevo mensaje en la solicitud de cooperación ${label}`,
      'cooperation-request-reminder': (label, status) => `Recordatorio: la solicitud de cooperación ${label} sigue en estado «${status}»`,
    },
    withTitle: (base, title) => `${base} — ${title}`,
    statePair: (from, to) => `${from} → ${to}`,
    paren,
    list: ', ',
    unavailable: 'Expediente al que ya no tiene acceso',
    follow: { state: 'Estado', theme: 'tema', entity: 'entidad' },
    followRequests: { sent: (n) => `solicitudes de cooperación enviadas por ${n}`, received: (n) => `solicitudes de cooperación recibidas por ${n}` },
    feed: {
      title: (label) => `Accord — seguimiento: ${label}`,
      subtitle: 'Solicitudes, actividades y coordinación que usted sigue y puede consultar',
    },
    mail: {
      reasonParty: 'Recibe este mensaje porque participa en este expediente.',
      reasonSubscription: 'Recibe este mensaje porque sigue su Estado, su tema o su entidad en Accord.',
      action: 'Ábralo en Accord (se le pedirá que inicie sesión):',
      button: 'Abrir en Accord',
      manage: 'Para cambiar lo que recibe, abra sus suscripciones en Accord.',
    },
  },
  ru: {
    requestStatus: {
      draft: 'черновик', submitted: 'подан', 'under-review': 'на рассмотрении', accepted: 'принят', declined: 'отклонён',
      referred: 'передан другой структуре', planned: 'запланирован', 'in-delivery': 'выполняется', completed: 'выполнен',
      evaluated: 'оценён', withdrawn: 'отозван',
    },
    activityStatus: { planned: 'запланировано', 'in-delivery': 'проводится', completed: 'завершено', cancelled: 'отменено' },
    theme: {
      'ratification-legislation': 'ратификация и включение в национальное законодательство',
      'international-cooperation': 'международное сотрудничество по уголовным делам',
      'criminal-justice-capacity': 'потенциал системы уголовного правосудия',
      strategies: 'национальные и региональные стратегии',
      victims: 'жертвы терроризма',
      'internet-use': 'использование Интернета в террористических целях',
      'terrorist-financing': 'финансирование терроризма',
      cbrn: 'ядерный, химический, биологический и радиологический терроризм',
      'aviation-maritime-security': 'авиационная и морская безопасность',
      'organized-crime-links': 'связи с организованной преступностью',
      'human-rights-rule-of-law': 'права человека и верховенство права',
    },
    resolution: {
      coordinated: 'мероприятия согласованы', merged: 'мероприятия объединены', rescheduled: 'мероприятие перенесено',
      'not-a-duplicate': 'не является дублированием', cancelled: 'мероприятие отменено',
    },
    resultKind: {
      'ratification-deposited': 'сдана на хранение ратификационная грамота', 'legislation-adopted': 'принят закон',
      'strategy-adopted': 'принята стратегия', 'officials-trained': 'проведено обучение должностных лиц',
      'tool-published': 'выпущен инструмент или публикация', other: 'иной результат',
    },
    cooperationStatus: {
      draft: 'черновик', sent: 'направлен', received: 'получен', 'under-execution': 'исполняется', 'further-information-requested': 'запрошена дополнительная информация', 'partially-executed': 'исполнен частично', executed: 'исполнен', refused: 'отказано', withdrawn: 'отозван',
    },
    kind: {
      'request-submitted': (ref) => `Запрос ${ref} подан`,
      'request-transition': (ref, status) => `Запрос ${ref}: ${status}`,
      'request-message': (ref) => `Новое сообщение по запросу ${ref}`,
      'activity-planned': (dates) => `Запланировано мероприятие${paren(dates)}`,
      'activity-updated': (status) => `Мероприятие обновлено${paren(status)}`,
      'overlap-found': (states, dates) => `Возможное дублирование мероприятий${states ? `: ${states}` : ''}${paren(dates)}`,
      'overlap-resolved': (r) => `Дублирование урегулировано${r ? `: ${r}` : ''}`,
      'result-recorded': (k) => `Зарегистрирован результат${k ? `: ${k}` : ''}`,
      'authority-stale': () => 'Запись справочника не подтверждалась 12 месяцев: проверьте и подтвердите её',
      'cooperation-request-transition': (label, status) => `Запрос о сотрудничестве ${label}: ${status}`,
      'cooperation-request-message': (label) => `Новое сообщение по запросу о сотрудничестве ${label}`,
      'cooperation-request-reminder': (label, status) => `Напоминание: запрос о сотрудничестве ${label} по-прежнему в статусе «${status}»`,
    },
    withTitle: (base, title) => `${base} — ${title}`,
    statePair: (from, to) => `${from} → ${to}`,
    paren,
    list: ', ',
    unavailable: 'Запись вам больше не доступна',
    follow: { state: 'государство', theme: 'тема', entity: 'структура' },
    followRequests: { sent: (n) => `запросы о сотрудничестве, направленные ${n}`, received: (n) => `запросы о сотрудничестве, полученные ${n}` },
    feed: {
      title: (label) => `Accord — подписка: ${label}`,
      subtitle: 'Запросы, мероприятия и координация, за которыми вы следите и которые вам доступны',
    },
    mail: {
      reasonParty: 'Вы получили это письмо, потому что являетесь участником этого дела.',
      reasonSubscription: 'Вы получили это письмо, потому что следите в Accord за соответствующим государством, темой или структурой.',
      action: 'Откройте его в Accord (потребуется войти в систему):',
      button: 'Открыть в Accord',
      manage: 'Чтобы изменить получаемые уведомления, откройте свои подписки в Accord.',
    },
  },
  zh: {
    requestStatus: {
      draft: '草稿', submitted: '已提交', 'under-review': '审查中', accepted: '已接受', declined: '已拒绝',
      referred: '已转交其他实体', planned: '已规划', 'in-delivery': '实施中', completed: '已完成', evaluated: '已评估',
      withdrawn: '已撤回',
    },
    activityStatus: { planned: '已规划', 'in-delivery': '进行中', completed: '已完成', cancelled: '已取消' },
    theme: {
      'ratification-legislation': '批准及纳入国内立法',
      'international-cooperation': '刑事事项国际合作',
      'criminal-justice-capacity': '刑事司法能力',
      strategies: '国家和区域战略',
      victims: '恐怖主义受害者',
      'internet-use': '为恐怖主义目的使用互联网',
      'terrorist-financing': '资助恐怖主义',
      cbrn: '核、化学、生物和放射性恐怖主义',
      'aviation-maritime-security': '航空和海上安全',
      'organized-crime-links': '与有组织犯罪的联系',
      'human-rights-rule-of-law': '人权与法治',
    },
    resolution: {
      coordinated: '活动已协调', merged: '活动已合并', rescheduled: '活动已改期', 'not-a-duplicate': '并非重复',
      cancelled: '活动已取消',
    },
    resultKind: {
      'ratification-deposited': '已交存批准书', 'legislation-adopted': '已通过立法', 'strategy-adopted': '已通过战略',
      'officials-trained': '已培训官员', 'tool-published': '已发布工具或出版物', other: '其他成果',
    },
    cooperationStatus: {
      draft: '草稿', sent: '已发送', received: '已接收', 'under-execution': '执行中', 'further-information-requested': '已要求补充信息', 'partially-executed': '部分执行', executed: '已执行', refused: '已拒绝', withdrawn: '已撤回',
    },
    kind: {
      'request-submitted': (ref) => `请求 ${ref} 已提交`,
      'request-transition': (ref, status) => `请求 ${ref}：${status}`,
      'request-message': (ref) => `请求 ${ref} 有新消息`,
      'activity-planned': (dates) => `已规划活动${dates ? `（${dates}）` : ''}`,
      'activity-updated': (status) => `活动已更新${status ? `（${status}）` : ''}`,
      'overlap-found': (states, dates) => `活动可能重叠${states ? `：${states}` : ''}${dates ? `（${dates}）` : ''}`,
      'overlap-resolved': (r) => `重叠已处理${r ? `：${r}` : ''}`,
      'result-recorded': (k) => `已记录成果${k ? `：${k}` : ''}`,
      'authority-stale': () => '名录条目已 12 个月未确认：请核对并确认',
      'cooperation-request-transition': (label, status) => `合作请求 ${label}：${status}`,
      'cooperation-request-message': (label) => `合作请求 ${label} 有新消息`,
      'cooperation-request-reminder': (label, status) => `提醒：合作请求 ${label} 仍处于“${status}”状态`,
    },
    withTitle: (base, title) => `${base}——${title}`,
    statePair: (from, to) => `${from} → ${to}`,
    paren: (t) => (t ? `（${t}）` : ''),
    list: '、',
    unavailable: '您已无权查看的记录',
    follow: { state: '国家', theme: '主题', entity: '实体' },
    followRequests: { sent: (n) => `${n} 发出的合作请求`, received: (n) => `${n} 收到的合作请求` },
    feed: { title: (label) => `Accord — 关注：${label}`, subtitle: '您关注且有权查看的请求、活动和协调信息' },
    mail: {
      reasonParty: '您收到此邮件，是因为您是该记录的相关方。',
      reasonSubscription: '您收到此邮件，是因为您在 Accord 中关注了其所涉国家、主题或实体。',
      action: '请在 Accord 中打开（需要登录）：',
      button: '在 Accord 中打开',
      manage: '如需更改接收的内容，请在 Accord 中打开您的订阅。',
    },
  },
  ar: {
    requestStatus: {
      draft: 'مسودة', submitted: 'مقدَّم', 'under-review': 'قيد الاستعراض', accepted: 'مقبول', declined: 'مرفوض',
      referred: 'محال إلى كيان آخر', planned: 'مخطط له', 'in-delivery': 'قيد التنفيذ', completed: 'منجز',
      evaluated: 'تم تقييمه', withdrawn: 'مسحوب',
    },
    activityStatus: { planned: 'مخطط له', 'in-delivery': 'قيد التنفيذ', completed: 'منجز', cancelled: 'ملغى' },
    theme: {
      'ratification-legislation': 'التصديق والإدماج في التشريعات الوطنية',
      'international-cooperation': 'التعاون الدولي في المسائل الجنائية',
      'criminal-justice-capacity': 'قدرات العدالة الجنائية',
      strategies: 'الاستراتيجيات الوطنية والإقليمية',
      victims: 'ضحايا الإرهاب',
      'internet-use': 'استخدام الإنترنت لأغراض إرهابية',
      'terrorist-financing': 'تمويل الإرهاب',
      cbrn: 'الإرهاب النووي والكيميائي والبيولوجي والإشعاعي',
      'aviation-maritime-security': 'أمن الطيران والأمن البحري',
      'organized-crime-links': 'الصلات بالجريمة المنظمة',
      'human-rights-rule-of-law': 'حقوق الإنسان وسيادة القانون',
    },
    resolution: {
      coordinated: 'تم تنسيق الأنشطة', merged: 'تم دمج الأنشطة', rescheduled: 'أعيدت جدولة النشاط',
      'not-a-duplicate': 'ليس ازدواجاً', cancelled: 'أُلغي النشاط',
    },
    resultKind: {
      'ratification-deposited': 'إيداع صك التصديق', 'legislation-adopted': 'اعتماد تشريع', 'strategy-adopted': 'اعتماد استراتيجية',
      'officials-trained': 'تدريب موظفين', 'tool-published': 'إصدار أداة أو منشور', other: 'نتيجة أخرى',
    },
    cooperationStatus: {
      draft: 'مسودة', sent: 'مُرسَل', received: 'مُستلَم', 'under-execution': 'قيد التنفيذ', 'further-information-requested': 'طُلبت معلومات إضافية', 'partially-executed': 'نُفِّذ جزئياً', executed: 'مُنفَّذ', refused: 'مرفوض', withdrawn: 'مسحوب',
    },
    kind: {
      'request-submitted': (ref) => `تم تقديم الطلب ${ref}`,
      'request-transition': (ref, status) => `الطلب ${ref}: ${status}`,
      'request-message': (ref) => `رسالة جديدة بشأن الطلب ${ref}`,
      'activity-planned': (dates) => `نشاط مخطط له${paren(dates)}`,
      'activity-updated': (status) => `تم تحديث النشاط${paren(status)}`,
      'overlap-found': (states, dates) => `تداخل محتمل بين الأنشطة${states ? `: ${states}` : ''}${paren(dates)}`,
      'overlap-resolved': (r) => `تمت معالجة التداخل${r ? `: ${r}` : ''}`,
      'result-recorded': (k) => `تم تسجيل نتيجة${k ? `: ${k}` : ''}`,
      'authority-stale': () => 'قيد في الدليل لم يُؤكَّد منذ 12 شهرًا: يُرجى مراجعته وتأكيده',
      'cooperation-request-transition': (label, status) => `طلب التعاون ${label}: ${status}`,
      'cooperation-request-message': (label) => `رسالة جديدة بشأن طلب التعاون ${label}`,
      'cooperation-request-reminder': (label, status) => `تذكير: طلب التعاون ${label} لا يزال في حالة «${status}»`,
    },
    withTitle: (base, title) => `${base} — ${title}`,
    statePair: (from, to) => `${from} → ${to}`,
    paren,
    list: '، ',
    unavailable: 'سجل لم يعد متاحاً لك',
    follow: { state: 'الدولة', theme: 'الموضوع', entity: 'الكيان' },
    followRequests: { sent: (n) => `طلبات التعاون المرسلة من ${n}`, received: (n) => `طلبات التعاون الواردة إلى ${n}` },
    feed: {
      title: (label) => `Accord — متابعة: ${label}`,
      subtitle: 'الطلبات والأنشطة وأعمال التنسيق التي تتابعها ويحق لك الاطلاع عليها',
    },
    mail: {
      reasonParty: 'تلقيت هذه الرسالة لأنك طرف في هذا السجل.',
      reasonSubscription: 'تلقيت هذه الرسالة لأنك تتابع في Accord الدولة أو الموضوع أو الكيان المعني.',
      action: 'افتحه في Accord (سيُطلب منك تسجيل الدخول):',
      button: 'فتح في Accord',
      manage: 'لتغيير ما تتلقاه، افتح اشتراكاتك في Accord.',
    },
  },
};

export function notificationWords(language: string | null | undefined): Words {
  return WORDS[notificationLanguage(language)];
}

/** Keeps the params a notification may store (see NOTIFICATION_PARAM_KEYS), each value short and on one line. */
export function storedParams(params: NotificationParams, recordType: NotificationRecordType): NotificationParams {
  const kept: NotificationParams = {};
  for (const key of NOTIFICATION_PARAM_KEYS) {
    // An overlap is about two entities' activities: its recipients may not see the other one's title.
    if (recordType === 'overlap' && key === 'title') continue;
    const value = params[key];
    if (value === undefined) continue;
    if (typeof value === 'string') {
      // eslint-disable-next-line no-control-regex -- control characters would break feeds and mail subjects
      const line = value.replace(/[\u0000-\u001f\u007f\u2028\u2029]+/g, ' ').trim();
      kept[key] = line.length > 300 ? `${line.slice(0, 299)}…` : line;
    } else {
      kept[key] = value;
    }
  }
  return kept;
}

function text(params: NotificationParams, key: string): string {
  const v = params[key];
  return v === null || v === undefined ? '' : String(v);
}

const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;

/** An activity's dates (startDate, endDate) or an overlap's (from, to). */
function dates(params: NotificationParams): string {
  const day = (...keys: string[]) => keys.map((k) => text(params, k)).find((v) => ISO_DAY.test(v)) ?? '';
  const from = day('startDate', 'from');
  const to = day('endDate', 'to');
  if (from && to && from !== to) return `${from} – ${to}`;
  return from || to;
}

/** Translates a comma-separated list of vocabulary ids. */
function listOf(words: Words, value: string, vocabulary: Record<string, string>): string {
  return value
    .split(',')
    .map((v) => v.trim())
    .filter(Boolean)
    .map((v) => vocabulary[v] ?? v)
    .join(words.list);
}

/**
 * The title of a notification in `language`. The record's own title is added only when `withRecordTitle` (the
 * reader may still see the record) and it was stored.
 */
export function notificationTitle(
  language: string | null | undefined,
  kind: string,
  params: NotificationParams,
  options: { withRecordTitle: boolean } = { withRecordTitle: true },
): string {
  const w = notificationWords(language);
  const ref = text(params, 'reference');
  const status = text(params, 'status');
  let base: string;
  switch (kind as NotificationKind) {
    case 'request-submitted':
      base = w.kind['request-submitted'](ref);
      break;
    case 'request-transition':
      base = w.kind['request-transition'](ref, w.requestStatus[status] ?? status);
      break;
    case 'request-message':
      base = w.kind['request-message'](ref);
      break;
    case 'activity-planned':
      base = w.kind['activity-planned'](dates(params));
      break;
    case 'activity-updated':
      base = w.kind['activity-updated'](w.activityStatus[status] ?? status);
      break;
    case 'overlap-found': {
      const states = text(params, 'stateCodes').split(',').map((s) => s.trim()).filter(Boolean).join(w.list);
      const themes = listOf(w, text(params, 'themes'), w.theme);
      base = w.kind['overlap-found'](states, dates(params));
      if (themes) base += w.paren(themes);
      break;
    }
    case 'overlap-resolved': {
      const r = text(params, 'resolution');
      base = w.kind['overlap-resolved'](w.resolution[r] ?? r) + w.paren(dates(params));
      break;
    }
    case 'result-recorded': {
      const k = text(params, 'resultKind');
      base = w.kind['result-recorded'](w.resultKind[k] ?? k);
      break;
    }
    case 'authority-stale':
      base = w.kind['authority-stale']();
      break;
    case 'cooperation-request-transition':
    case 'cooperation-request-message':
    case 'cooperation-request-reminder': {
      const [from, to] = text(params, 'stateCodes').split(',').map((c) => c.trim());
      const pair = from && to ? w.statePair(from, to) : '';
      const label = ref && pair ? `${ref}${w.paren(pair)}` : ref || pair;
      const shown = w.cooperationStatus[status] ?? status;
      base =
        kind === 'cooperation-request-message'
          ? w.kind['cooperation-request-message'](label)
          : w.kind[kind as 'cooperation-request-transition' | 'cooperation-request-reminder'](label, shown);
      break;
    }
    default:
      base = kind;
  }
  const title = text(params, 'title');
  return options.withRecordTitle && title ? w.withTitle(base, title) : base;
}

/** The web page of a notification's record, in `language`. */
export function notificationPath(language: string | null | undefined, recordType: string, recordId: string): string {
  const lang = notificationLanguage(language);
  const id = encodeURIComponent(recordId);
  switch (recordType) {
    case 'request':
      return `/${lang}/requests/${id}`;
    case 'activity':
      return `/${lang}/activities/${id}`;
    case 'authority':
      return `/${lang}/cooperation/authorities/${id}`;
    case 'cooperation-request':
      return `/${lang}/cooperation/requests/${id}`;
    default:
      return `/${lang}/coordination/overlaps`;
  }
}

/** What a subscription follows, as a reader of `language` calls it. */
export function subscriptionLabel(
  language: string | null | undefined,
  subscription: { kind: string; value: string },
  names: LocalizedText | null | undefined,
): string {
  const w = notificationWords(language);
  const lang = notificationLanguage(language);
  if (subscription.kind === 'theme') return w.theme[subscription.value] ?? subscription.value;
  const name = (names ? (names[lang] ?? names.en ?? Object.values(names).find(Boolean)) : undefined) || subscription.value;
  if (subscription.kind === 'cooperation-requests-sent') return w.followRequests.sent(name);
  if (subscription.kind === 'cooperation-requests-received') return w.followRequests.received(name);
  return name;
}
