// Texts of the mail domain, both languages side by side; wired into zh.ts / en.ts under "mail".
import type { Shape } from "./shape";

const zh = {
  email: {
    subjectPrefix: "【场景桥】",
    greeting: "{{name}}，您好：",
    openLink: "查看详情：{{url}}",
    footer: "您收到这封邮件，是因为您在 SceneBridge 场景桥开启了邮件通知。如需更改或关闭，请访问：{{url}}",
    signature: "SceneBridge 场景桥 · 日照市新技术新产品应用场景供需对接平台",
    digestSubject: "您有 {{count}} 条未读通知（每日摘要）",
    digestIntro: "以下是您自上次摘要以来的 {{count}} 条未读通知：",
    digestMore: "……另有 {{count}} 条，请在通知中心查看。",
    digestCentre: "通知中心：{{url}}",
  },
  preferences: {
    title: "通知设置",
    intro: "站内通知总会显示在通知中心。您可以选择是否同时接收邮件，以及接收的频率。",
    emailEnabled: "接收邮件通知",
    emailEnabledHint: "关闭后不再发送任何通知邮件。",
    frequency: "邮件频率",
    frequencies: {
      IMMEDIATE: "即时：每条通知发送一封邮件",
      DAILY: "每日摘要：每天最多一封，汇总未读通知",
      NONE: "不发送邮件",
    },
    save: "保存设置",
    sentTo: "邮件将发送至：{{email}}",
    invalidFrequency: "请选择一种邮件频率",
  },
  centre: {
    filterLabel: "筛选通知",
    filterAll: "全部",
    filterUnread: "仅未读",
    emptyUnread: "没有未读通知。",
    settings: "通知设置",
  },
  mailbox: {
    title: "本地开发邮箱",
    banner: "这是本地开发用的邮箱：未配置 SMTP_URL 时，平台发出的邮件保存在这里，不会真正发送。生产环境请设置 SMTP_URL 并关闭 DEV_MAILBOX。",
    caption: "已发出的邮件，最新的在前",
    to: "收件人",
    subject: "主题",
    time: "时间",
    status: "状态",
    attempts: "尝试次数",
    lastError: "最近错误",
    empty: "邮箱里还没有邮件。",
    back: "返回邮箱",
    from: "发件人",
    body: "正文",
    statuses: {
      PENDING: "待发送",
      SENT: "已发送",
      FAILED: "发送失败",
    },
  },
  flash: {
    preferencesSaved: "通知设置已保存",
  },
};

const en: Shape<typeof zh> = {
  email: {
    subjectPrefix: "[SceneBridge] ",
    greeting: "Hello {{name}},",
    openLink: "Open: {{url}}",
    footer: "You receive this email because email notifications are on for your SceneBridge account. To change or turn them off, visit: {{url}}",
    signature: "SceneBridge · Rizhao's marketplace for new-technology application scenarios",
    digestSubject: "You have {{count}} unread notifications (daily digest)",
    digestIntro: "Here are your {{count}} unread notifications since the last digest:",
    digestMore: "…and {{count}} more in your notification centre.",
    digestCentre: "Notification centre: {{url}}",
  },
  preferences: {
    title: "Notification settings",
    intro: "In-app notifications always appear in your notification centre. Choose whether you also get emails, and how often.",
    emailEnabled: "Email me about notifications",
    emailEnabledHint: "When off, no notification emails are sent.",
    frequency: "Email frequency",
    frequencies: {
      IMMEDIATE: "Immediately: one email per notification",
      DAILY: "Daily digest: at most one email a day summarising unread notifications",
      NONE: "No emails",
    },
    save: "Save settings",
    sentTo: "Emails go to: {{email}}",
    invalidFrequency: "Choose an email frequency",
  },
  centre: {
    filterLabel: "Filter notifications",
    filterAll: "All",
    filterUnread: "Unread only",
    emptyUnread: "No unread notifications.",
    settings: "Notification settings",
  },
  mailbox: {
    title: "Local development mailbox",
    banner: "This is a local development mailbox: with no SMTP_URL set, the platform's emails are kept here instead of being sent. In production set SMTP_URL and turn DEV_MAILBOX off.",
    caption: "Emails sent, newest first",
    to: "To",
    subject: "Subject",
    time: "Time",
    status: "Status",
    attempts: "Attempts",
    lastError: "Last error",
    empty: "The mailbox is empty.",
    back: "Back to the mailbox",
    from: "From",
    body: "Body",
    statuses: {
      PENDING: "Pending",
      SENT: "Sent",
      FAILED: "Failed",
    },
  },
  flash: {
    preferencesSaved: "Notification settings saved",
  },
};

export const mailLocale = { zh, en };
