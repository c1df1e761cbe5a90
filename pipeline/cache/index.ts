export { isCacheable, openNoticeCache, writeCacheEntry, type NoticeCache } from './notice-cache';
export { defaultCacheFolder } from './default-cache-folder';
