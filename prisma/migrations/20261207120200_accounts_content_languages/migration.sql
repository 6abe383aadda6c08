-- Articles and outlets in languages other than Chinese: English pages were stored as zh-Hans
-- because the enum knew only the two Chinese scripts. The values match lib/text/languages.ts
-- CONTENT_LANGUAGES (BCP 47 tags; Chinese keeps its script subtag). Added, never removed, so
-- stored rows and older dumps stay valid.
ALTER TYPE "language" ADD VALUE IF NOT EXISTS 'en';
ALTER TYPE "language" ADD VALUE IF NOT EXISTS 'ja';
ALTER TYPE "language" ADD VALUE IF NOT EXISTS 'ko';
ALTER TYPE "language" ADD VALUE IF NOT EXISTS 'fr';
ALTER TYPE "language" ADD VALUE IF NOT EXISTS 'de';
ALTER TYPE "language" ADD VALUE IF NOT EXISTS 'es';
ALTER TYPE "language" ADD VALUE IF NOT EXISTS 'pt';
ALTER TYPE "language" ADD VALUE IF NOT EXISTS 'it';
ALTER TYPE "language" ADD VALUE IF NOT EXISTS 'nl';
ALTER TYPE "language" ADD VALUE IF NOT EXISTS 'ru';
ALTER TYPE "language" ADD VALUE IF NOT EXISTS 'uk';
ALTER TYPE "language" ADD VALUE IF NOT EXISTS 'pl';
ALTER TYPE "language" ADD VALUE IF NOT EXISTS 'tr';
ALTER TYPE "language" ADD VALUE IF NOT EXISTS 'ar';
ALTER TYPE "language" ADD VALUE IF NOT EXISTS 'fa';
ALTER TYPE "language" ADD VALUE IF NOT EXISTS 'hi';
ALTER TYPE "language" ADD VALUE IF NOT EXISTS 'th';
ALTER TYPE "language" ADD VALUE IF NOT EXISTS 'vi';
ALTER TYPE "language" ADD VALUE IF NOT EXISTS 'id';
ALTER TYPE "language" ADD VALUE IF NOT EXISTS 'ms';
