// The mails Accord sends, in the six UN languages: a plain-text part (what many ministries' mail systems show) and
// an HTML part with every value escaped, written right-to-left for Arabic. Unknown languages fall back to English.
//
// Names (people, organisations) are data typed by people: they are escaped in HTML, stripped of line breaks in
// subjects, and shortened, so a crafted name can neither inject markup nor headers nor push the link out of view.
import type { Role } from '#domain/accounts/types.ts';
import { notificationTitle, notificationWords, type NotificationParams } from './notification-templates.ts';

export type MailKind = 'invitation' | 'password-reset' | 'notification';
export const MAIL_LANGUAGES = ['ar', 'zh', 'en', 'fr', 'ru', 'es'] as const;
export type MailLanguage = (typeof MAIL_LANGUAGES)[number];

export interface InvitationMailParams {
  link: string;
  expiresAt: Date;
  /** null for an administrator invited without an organisation. */
  organisationName: string | null;
  role: Role | null;
  platformAdmin: boolean;
  /** Who invites (display name); null when invited from the command line. */
  inviterName?: string | null;
  /** The invited person's name, when the inviter gave one. */
  displayName?: string | null;
}

export interface PasswordResetMailParams {
  link: string;
  expiresAt: Date;
  displayName?: string | null;
}

/** A notification of what happened to an assistance record (notify.ts): sent only to people who may see it. */
export interface NotificationMailParams {
  /** The record's web page. */
  link: string;
  /** A notification kind (request-submitted, …) and its stored params. */
  kind: string;
  params: NotificationParams;
  /** party: they take part in the record; subscription: they follow its State, theme or entity. */
  reason: 'party' | 'subscription';
  displayName?: string | null;
}

export interface MailParams {
  invitation: InvitationMailParams;
  'password-reset': PasswordResetMailParams;
  notification: NotificationMailParams;
}

export interface RenderedMail {
  subject: string;
  text: string;
  html: string;
}

interface Phrases {
  greeting(name: string | null): string;
  date(d: Date): string;
  roles: Record<Role, string>;
  invitation: {
    subject: string;
    toOrganisation(organisation: string, role: string): string;
    asAdministrator: string;
    alsoAdministrator: string;
    from(name: string): string;
    action: string;
    button: string;
    expiry(date: string): string;
    ignore: string;
  };
  reset: {
    subject: string;
    intro: string;
    action: string;
    button: string;
    expiry(date: string): string;
    ignore: string;
  };
}

function formatDate(locale: string, d: Date, utc: string): string {
  const text = new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeStyle: 'short', timeZone: 'UTC' }).format(d);
  return `${text} ${utc}`;
}

const PHRASES: Record<MailLanguage, Phrases> = {
  en: {
    greeting: (name) => (name ? `Hello ${name},` : 'Hello,'),
    date: (d) => formatDate('en-GB', d, '(UTC)'),
    roles: {
      'entity-officer': 'entity officer',
      coordinator: 'coordinator',
      'focal-point': 'national focal point',
      'donor-representative': 'donor representative',
      'central-authority-practitioner': 'central-authority practitioner',
    },
    invitation: {
      subject: 'Invitation to Accord',
      toOrganisation: (org, role) => `You are invited to join ${org} on Accord as ${role}.`,
      asAdministrator: 'You are invited to Accord as a platform administrator.',
      alsoAdministrator: 'You will also be a platform administrator.',
      from: (name) => `The invitation comes from ${name}.`,
      action: 'To accept, open this link and set up your account:',
      button: 'Accept the invitation',
      expiry: (date) => `The link can be used once and expires on ${date}.`,
      ignore: 'If you did not expect this invitation, you can ignore this message.',
    },
    reset: {
      subject: 'Reset your Accord password',
      intro: 'Someone (we hope you) asked to reset the password of your Accord account.',
      action: 'To choose a new password, open this link:',
      button: 'Choose a new password',
      expiry: (date) => `The link can be used once and expires on ${date}.`,
      ignore: 'If you did not ask for this, ignore this message: your password stays as it is.',
    },
  },
  fr: {
    greeting: (name) => (name ? `Bonjour ${name},` : 'Bonjour,'),
    date: (d) => formatDate('fr-FR', d, '(UTC)'),
    roles: {
      'entity-officer': 'agent d’une entité',
      coordinator: 'coordinateur ou coordinatrice',
      'focal-point': 'point focal national',
      'donor-representative': 'représentant ou représentante d’un donateur',
      'central-authority-practitioner': 'praticien ou praticienne de l’autorité centrale',
    },
    invitation: {
      subject: 'Invitation à Accord',
      toOrganisation: (org, role) => `Vous êtes invité(e) à rejoindre ${org} sur Accord en tant que ${role}.`,
      asAdministrator: 'Vous êtes invité(e) sur Accord en tant qu’administrateur ou administratrice de la plateforme.',
      alsoAdministrator: 'Vous serez également administrateur ou administratrice de la plateforme.',
      from: (name) => `L’invitation vient de ${name}.`,
      action: 'Pour l’accepter, ouvrez ce lien et configurez votre compte :',
      button: 'Accepter l’invitation',
      expiry: (date) => `Ce lien ne peut servir qu’une fois et expire le ${date}.`,
      ignore: 'Si vous n’attendiez pas cette invitation, vous pouvez ignorer ce message.',
    },
    reset: {
      subject: 'Réinitialisation de votre mot de passe Accord',
      intro: 'Quelqu’un (vous, nous l’espérons) a demandé la réinitialisation du mot de passe de votre compte Accord.',
      action: 'Pour choisir un nouveau mot de passe, ouvrez ce lien :',
      button: 'Choisir un nouveau mot de passe',
      expiry: (date) => `Ce lien ne peut servir qu’une fois et expire le ${date}.`,
      ignore: 'Si vous n’êtes pas à l’origine de cette demande, ignorez ce message : votre mot de passe reste inchangé.',
    },
  },
  es: {
    greeting: (name) => (name ? `Hola, ${name}:` : 'Hola:'),
    date: (d) => formatDate('es-ES', d, '(UTC)'),
    roles: {
      'entity-officer': 'oficial de una entidad',
      coordinator: 'coordinador(a)',
      'focal-point': 'punto focal nacional',
      'donor-representative': 'representante de un donante',
      'central-authority-practitioner': 'profesional de la autoridad central',
    },
    invitation: {
      subject: 'Invitación a Accord',
      toOrganisation: (org, role) => `Se le invita a unirse a ${org} en Accord como ${role}.`,
      asAdministrator: 'Se le invita a Accord como administrador(a) de la plataforma.',
      alsoAdministrator: 'También será administrador(a) de la plataforma.',
      from: (name) => `La invitación procede de ${name}.`,
      action: 'Para aceptarla, abra este enlace y configure su cuenta:',
      button: 'Aceptar la invitación',
      expiry: (date) => `El enlace solo puede utilizarse una vez y caduca el ${date}.`,
      ignore: 'Si no esperaba esta invitación, puede ignorar este mensaje.',
    },
    reset: {
      subject: 'Restablecimiento de su contraseña de Accord',
      intro: 'Alguien (esperamos que usted) ha solicitado restablecer la contraseña de su cuenta de Accord.',
      action: 'Para elegir una nueva contraseña, abra este enlace:',
      button: 'Elegir una nueva contraseña',
      expiry: (date) => `El enlace solo puede utilizarse una vez y caduca el ${date}.`,
      ignore: 'Si no lo ha solicitado, ignore este mensaje: su contraseña no cambiará.',
    },
  },
  ru: {
    greeting: (name) => (name ? `Здравствуйте, ${name}!` : 'Здравствуйте!'),
    date: (d) => formatDate('ru-RU', d, '(UTC)'),
    roles: {
      'entity-officer': 'сотрудник структуры',
      coordinator: 'координатор',
      'focal-point': 'национальное контактное лицо',
      'donor-representative': 'представитель донора',
      'central-authority-practitioner': 'сотрудник центрального органа',
    },
    invitation: {
      subject: 'Приглашение в Accord',
      toOrganisation: (org, role) => `Вас приглашают присоединиться к организации «${org}» в Accord в роли «${role}».`,
      asAdministrator: 'Вас приглашают в Accord в качестве администратора платформы.',
      alsoAdministrator: 'Вы также станете администратором платформы.',
      from: (name) => `Приглашение отправил(а): ${name}.`,
      action: 'Чтобы принять приглашение, откройте ссылку и настройте учётную запись:',
      button: 'Принять приглашение',
      expiry: (date) => `Ссылку можно использовать только один раз; она действительна до ${date}.`,
      ignore: 'Если вы не ожидали этого приглашения, просто проигнорируйте это письмо.',
    },
    reset: {
      subject: 'Сброс пароля Accord',
      intro: 'Кто-то (надеемся, что вы) запросил сброс пароля вашей учётной записи Accord.',
      action: 'Чтобы задать новый пароль, откройте ссылку:',
      button: 'Задать новый пароль',
      expiry: (date) => `Ссылку можно использовать только один раз; она действительна до ${date}.`,
      ignore: 'Если вы не отправляли такой запрос, проигнорируйте это письмо: ваш пароль останется прежним.',
    },
  },
  zh: {
    greeting: (name) => (name ? `${name}，您好：` : '您好：'),
    date: (d) => formatDate('zh-CN', d, '（UTC）'),
    roles: {
      'entity-officer': '实体干事',
      coordinator: '协调员',
      'focal-point': '国家联络人',
      'donor-representative': '捐助方代表',
      'central-authority-practitioner': '中央机关执业人员',
    },
    invitation: {
      subject: 'Accord 邀请',
      toOrganisation: (org, role) => `您受邀以${role}身份加入 Accord 上的“${org}”。`,
      asAdministrator: '您受邀成为 Accord 平台管理员。',
      alsoAdministrator: '您还将成为平台管理员。',
      from: (name) => `邀请人：${name}。`,
      action: '如接受邀请，请打开以下链接并设置您的账户：',
      button: '接受邀请',
      expiry: (date) => `该链接仅可使用一次，有效期至 ${date}。`,
      ignore: '如果您并未期待此邀请，请忽略本邮件。',
    },
    reset: {
      subject: '重置您的 Accord 密码',
      intro: '有人（希望是您本人）请求重置您的 Accord 账户密码。',
      action: '如需设置新密码，请打开以下链接：',
      button: '设置新密码',
      expiry: (date) => `该链接仅可使用一次，有效期至 ${date}。`,
      ignore: '如果这不是您本人的请求，请忽略本邮件，您的密码将保持不变。',
    },
  },
  ar: {
    greeting: (name) => (name ? `مرحباً ${name}،` : 'مرحباً،'),
    date: (d) => formatDate('ar', d, '(UTC)'),
    roles: {
      'entity-officer': 'موظف كيان',
      coordinator: 'منسق',
      'focal-point': 'جهة اتصال وطنية',
      'donor-representative': 'ممثل جهة مانحة',
      'central-authority-practitioner': 'ممارس في السلطة المركزية',
    },
    invitation: {
      subject: 'دعوة إلى Accord',
      toOrganisation: (org, role) => `أنت مدعو للانضمام إلى ${org} على منصة Accord بصفة ${role}.`,
      asAdministrator: 'أنت مدعو إلى منصة Accord بصفة مدير للمنصة.',
      alsoAdministrator: 'وستكون أيضاً مديراً للمنصة.',
      from: (name) => `الدعوة مرسلة من ${name}.`,
      action: 'لقبول الدعوة، افتح هذا الرابط وأعدّ حسابك:',
      button: 'قبول الدعوة',
      expiry: (date) => `لا يمكن استخدام الرابط إلا مرة واحدة، وتنتهي صلاحيته في ${date}.`,
      ignore: 'إذا لم تكن تتوقع هذه الدعوة، يمكنك تجاهل هذه الرسالة.',
    },
    reset: {
      subject: 'إعادة تعيين كلمة المرور في Accord',
      intro: 'طلب أحدهم (نأمل أن تكون أنت) إعادة تعيين كلمة المرور لحسابك في Accord.',
      action: 'لاختيار كلمة مرور جديدة، افتح هذا الرابط:',
      button: 'اختيار كلمة مرور جديدة',
      expiry: (date) => `لا يمكن استخدام الرابط إلا مرة واحدة، وتنتهي صلاحيته في ${date}.`,
      ignore: 'إذا لم تطلب ذلك، فتجاهل هذه الرسالة: ستبقى كلمة المرور كما هي.',
    },
  },
};

export function mailLanguage(language: string | null | undefined): MailLanguage {
  const base = (language ?? '').toLowerCase().split(/[-_]/)[0];
  return (MAIL_LANGUAGES as readonly string[]).includes(base ?? '') ? (base as MailLanguage) : 'en';
}

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/** A name as it may appear in a mail: one line, of reasonable length. */
function cleanName(name: string | null | undefined): string | null {
  if (!name) return null;
  // eslint-disable-next-line no-control-regex
  const line = name.replace(/[\u0000-\u001f\u007f\u2028\u2029]+/g, ' ').replace(/\s+/g, ' ').trim();
  if (!line) return null;
  return line.length > 120 ? `${line.slice(0, 119)}…` : line;
}

interface Layout {
  language: MailLanguage;
  subject: string;
  /** Paragraphs before the link. */
  before: string[];
  link: string;
  button: string;
  /** Paragraphs after the link. */
  after: string[];
}

function layout(l: Layout): RenderedMail {
  const text = [...l.before, l.link, ...l.after].join('\n\n') + '\n';
  const dir = l.language === 'ar' ? 'rtl' : 'ltr';
  const p = (s: string) => `<p>${escapeHtml(s)}</p>`;
  const href = escapeHtml(l.link);
  const html = [
    '<!doctype html>',
    `<html lang="${l.language}" dir="${dir}">`,
    '<head><meta charset="utf-8"><meta name="viewport" content="width=device-width">',
    `<title>${escapeHtml(l.subject)}</title></head>`,
    `<body dir="${dir}" style="font-family: system-ui, sans-serif; line-height: 1.5; max-width: 40em;">`,
    ...l.before.map(p),
    `<p><a href="${href}" style="display: inline-block; padding: 0.6em 1.2em; background: #0b5cad; color: #fff; text-decoration: none; border-radius: 4px;">${escapeHtml(l.button)}</a></p>`,
    `<p dir="ltr" style="word-break: break-all; font-size: 0.9em;"><a href="${href}">${href}</a></p>`,
    ...l.after.map(p),
    '</body>',
    '</html>',
  ].join('\n');
  return { subject: l.subject, text, html };
}

function invitationMail(language: MailLanguage, params: InvitationMailParams): RenderedMail {
  const t = PHRASES[language];
  const organisation = cleanName(params.organisationName);
  const inviter = cleanName(params.inviterName);
  const what: string[] = [];
  if (organisation && params.role) {
    what.push(t.invitation.toOrganisation(organisation, t.roles[params.role]));
    if (params.platformAdmin) what.push(t.invitation.alsoAdministrator);
  } else {
    what.push(t.invitation.asAdministrator);
  }
  if (inviter) what.push(t.invitation.from(inviter));
  return layout({
    language,
    subject: t.invitation.subject,
    before: [t.greeting(cleanName(params.displayName)), what.join(' '), t.invitation.action],
    link: params.link,
    button: t.invitation.button,
    after: [t.invitation.expiry(t.date(params.expiresAt)), t.invitation.ignore],
  });
}

function passwordResetMail(language: MailLanguage, params: PasswordResetMailParams): RenderedMail {
  const t = PHRASES[language];
  return layout({
    language,
    subject: t.reset.subject,
    before: [t.greeting(cleanName(params.displayName)), t.reset.intro, t.reset.action],
    link: params.link,
    button: t.reset.button,
    after: [t.reset.expiry(t.date(params.expiresAt)), t.reset.ignore],
  });
}

function notificationMail(language: MailLanguage, params: NotificationMailParams): RenderedMail {
  const t = PHRASES[language];
  const w = notificationWords(language);
  // The subject travels through more mail systems than the body: it names what happened, not the record's title.
  const subject = cleanName(notificationTitle(language, params.kind, params.params, { withRecordTitle: false })) ?? 'Accord';
  const full = notificationTitle(language, params.kind, params.params, { withRecordTitle: true });
  return layout({
    language,
    subject,
    before: [
      t.greeting(cleanName(params.displayName)),
      full,
      params.reason === 'party' ? w.mail.reasonParty : w.mail.reasonSubscription,
      w.mail.action,
    ],
    link: params.link,
    button: w.mail.button,
    after: [w.mail.manage],
  });
}

/** Renders a mail in `language` (ar, zh, en, fr, ru, es; anything else: English). */
export function renderMail<K extends MailKind>(kind: K, language: string | null | undefined, params: MailParams[K]): RenderedMail {
  const lang = mailLanguage(language);
  switch (kind) {
    case 'invitation':
      return invitationMail(lang, params as InvitationMailParams);
    case 'password-reset':
      return passwordResetMail(lang, params as PasswordResetMailParams);
    case 'notification':
      return notificationMail(lang, params as NotificationMailParams);
    default:
      throw new Error(`Unknown mail kind ${String(kind)}`);
  }
}
