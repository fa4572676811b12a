// Locale packs on the JS side (docs/architecture.md, "Locale packs"): the WASM core carries
// zh-CN messages only; zh-TW and en come as packs (JSON made from core/report/codes.def at build
// time) that the core validates and keeps. This file finds a pack (the loader's fetchPack:
// index.mjs fetches it next to itself, the mini-program adapter requires its module), hands it
// to the core once, and turns a refusal into a YushenError. Used by api.mjs (Yushen.loadLocale).
import { YushenError } from './errors.mjs';

const LOCALE_TAGS = { 'zh-CN': 'zh-CN', 'zh-Hans': 'zh-CN', zh: 'zh-CN', 'zh-TW': 'zh-TW', 'zh-Hant': 'zh-TW', 'zh-HK': 'zh-TW',
  en: 'en', 'en-US': 'en', 'en-GB': 'en' };

/** The pack a locale tag names ('zh-TW' for 'zh-HK', …), or undefined for an unknown tag. */
export function packTag(locale) {
  return typeof locale === 'string' ? LOCALE_TAGS[locale] : undefined;
}

export class LocalePacks {
  // install(tag, text) -> 1 | 0 and refusal() -> the error JSON: the core's yushen_locale_install;
  // available(tag) -> boolean; fetchPack(tag) -> a pack (object or JSON text) or a Promise of one.
  constructor(install, available, refusal, fetchPack) {
    this.install = install;
    this.available = available;
    this.refusal = refusal;
    this.fetchPack = fetchPack;
    this.loading = new Map();  // tag -> Promise of its install
  }

  has(locale) {
    return this.available(String(locale));
  }

  // load('en') fetches; load(pack) and load('en', pack) install a pack given as an object or
  // JSON text. A Promise; rejects with locale.pack_invalid / locale.pack_stale when refused.
  load(locale, pack) {
    return new Promise((resolve) => {
      const isTag = typeof locale === 'string' && !/^\s*\{/.test(locale);  // else a pack, as an object or JSON text
      if (pack === undefined && !isTag) resolve(this.installNow(locale));
      else if (pack !== undefined) resolve(this.installNow(pack, locale));
      else resolve(this.fetchAndInstall(locale));
    });
  }

  fetchAndInstall(locale) {
    const tag = packTag(locale);
    if (!tag) throw new YushenError('cli.usage', `unknown locale ${locale}: yushen has zh-CN, zh-TW and en`, { detail: `unknown locale ${locale}` });
    if (this.has(tag)) return Promise.resolve();
    if (!this.loading.has(tag)) {
      if (!this.fetchPack) {
        throw new YushenError('locale.not_loaded', `no pack loader: pass the ${tag} pack to loadLocale('${tag}', pack)`, { locale: tag });
      }
      const done = Promise.resolve(this.fetchPack(tag)).then((pack) => this.installNow(pack, tag));
      this.loading.set(tag, done);
      done.catch(() => this.loading.delete(tag));  // a failed fetch may be retried
    }
    return this.loading.get(tag);
  }

  // Validates and installs a pack now; `locale` is the locale it must be for (else its own).
  installNow(pack, locale) {
    const text = typeof pack === 'string' ? pack : JSON.stringify(pack);
    let tag = locale === undefined ? undefined : LOCALE_TAGS[locale] || String(locale);
    if (tag === undefined) {
      try {
        tag = String((typeof pack === 'string' ? JSON.parse(pack) : pack)?.locale ?? '');
      } catch {
        tag = '';
      }
    }
    if (!this.install(tag, text)) throw YushenError.fromResult(this.refusal());
  }
}
