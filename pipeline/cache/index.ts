export { contentHash, isCacheable, markEntryUsed, openNoticeCache, writeCacheEntry, type NoticeCache } from './notice-cache';
export { fingerprintFiles } from './fingerprint';
export { markFilesUsed } from './mark-files-used';
export { restoreRun, runCacheKey, storeRun, type RunIdentity, type StoredRun } from './run-cache';
export { defaultCacheFolder } from './default-cache-folder';
export { DEFAULT_CACHE_LIMITS, formatBytes, parseByteSize, parseDays, type CacheLimits } from './cache-limits';
export { pruneCache, type PruneOptions, type PruneSummary } from './prune-cache';
export { describeCache, type CacheContents } from './describe-cache';
export { formatCacheContents, formatPruneSummary } from './format-cache';
