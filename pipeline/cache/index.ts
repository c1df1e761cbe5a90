export { contentHash, isCacheable, openNoticeCache, writeCacheEntry, type NoticeCache } from './notice-cache';
export { fingerprintFiles } from './fingerprint';
export { restoreRun, runCacheKey, storeRun, type RunIdentity, type StoredRun } from './run-cache';
export { defaultCacheFolder } from './default-cache-folder';
