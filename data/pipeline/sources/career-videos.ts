/** One entry of the third-party CareerOneStop video list, as the list gives it. */
export interface VideoLink {
  /** The O*NET-SOC occupation the list files the entry under (`11-1011-03` -> `11-1011.03`, `29-2072` -> `29-2072.00`). */
  listedFor: string;
  /** MP4 URL on CareerOneStop's CDN. */
  url: string;
  /** JPEG poster URL, when listed. */
  poster: string | null;
  /** The O*NET-SOC occupation the video itself is about: the code in the MP4 file name. */
  videoCode: string;
}

const FILE = 'career-videos-mp4.json';
const KEY = /^(\d\d-\d{4})(?:-(\d\d))?$/;
/** `…/OccupationVideos/29-2072.00.mp4`: the file name names the video's occupation. */
const VIDEO_CODE = /\/(\d\d-\d{4}\.\d\d)\.mp4$/;
const CDN = /^https:\/\/cdn\.careeronestop\.org\//;

/**
 * `career-videos-mp4.json` (`{metadata, videos: {KEY: {videoUrl, posterUrl, title, lastVerified}}}`). The list's
 * `title` is the title of the occupation it files the entry under, NOT of the video (365 entries point to another
 * occupation's video), so it is not used: whose video it is comes from the code in the URL. Only https URLs on
 * CareerOneStop's CDN are accepted, since the widget will load them into the host's page.
 */
export function parseCareerVideos(text: string): {generated: string; links: VideoLink[]} {
  let data: unknown;
  try {
    data = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (error) {
    throw new Error(`${FILE}: not valid JSON (${(error as Error).message})`);
  }
  const generated = (data as {metadata?: {generated_at?: unknown}} | null)?.metadata?.generated_at;
  if (typeof generated !== 'string' || !/^\d{4}-\d{2}-\d{2}/.test(generated)) throw new Error(`${FILE}: metadata.generated_at is not a date`);
  const videos = (data as {videos?: unknown} | null)?.videos;
  if (!videos || typeof videos !== 'object' || Array.isArray(videos)) throw new Error(`${FILE}: no "videos" object`);
  const out: VideoLink[] = [];
  for (const [key, value] of Object.entries(videos as Record<string, unknown>)) {
    const m = KEY.exec(key);
    if (!m) throw new Error(`${FILE}: videos key ${JSON.stringify(key)} is not a SOC-style code`);
    const entry = value as {videoUrl?: unknown; posterUrl?: unknown} | null;
    const url = entry?.videoUrl;
    if (typeof url !== 'string' || !CDN.test(url)) throw new Error(`${FILE}: ${key}: videoUrl ${JSON.stringify(url)} is not on https://cdn.careeronestop.org/`);
    const video = VIDEO_CODE.exec(url);
    if (!video) throw new Error(`${FILE}: ${key}: videoUrl ${url} does not name an O*NET-SOC code`);
    const poster = typeof entry?.posterUrl === 'string' && CDN.test(entry.posterUrl) ? entry.posterUrl : null;
    out.push({listedFor: `${m[1]}.${m[2] ?? '00'}`, url, poster, videoCode: video[1]!});
  }
  out.sort((a, b) => (a.listedFor < b.listedFor ? -1 : a.listedFor > b.listedFor ? 1 : 0));
  return {generated: generated.slice(0, 10), links: out};
}
