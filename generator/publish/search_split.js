/*
 * Search worker for large briefings, behind the theme's own search box.
 *
 * It speaks the theme's worker protocol (messages 0 setup, 1 ready, 2 query, 3 result) but,
 * instead of downloading and indexing every page, reads the split index that
 * generator/publish/search_split.py writes: per query word one shard of words, then the result data
 * of the best pages only. The ranking is `search()` in search_split.py, line for line: keep
 * the two in step (the tests compare them in the browser).
 */
"use strict"

const SETUP = 0
const READY = 1
const QUERY = 2
const RESULT = 3

/* The worker is served from assets/javascripts/workers/: the site's root is three up. */
const base = new URL("../../../", self.location.href)
const files = new Map()
let split = null
let shards = new Set()
let latest = 0

/* A site file, fetched once (a failed fetch is tried again on the next query). */
function load(path) {
  if (!files.has(path)) {
    const request = fetch(new URL(path, base)).then(response => {
      if (!response.ok)
        throw new Error(`${path}: HTTP ${response.status}`)
      return response.json()
    })
    request.catch(() => files.delete(path))
    files.set(path, request)
  }
  return files.get(path)
}

/* Accents dropped, lower case, cut at anything but a letter or digit (search_split.words). */
function words(text) {
  return text
    .normalize("NFKD")
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean)
}

/* The shard file of a word: its first characters' UTF-8 in hex (search_split.shard_of). */
function shardOf(word) {
  const prefix = Array.from(word).slice(0, split.prefix).join("")
  return Array.from(new TextEncoder().encode(prefix))
    .map(byte => byte.toString(16).padStart(2, "0"))
    .join("")
}

async function search(query) {
  const asked = [...new Set(words(query))]
  const scores = new Map()
  for (const word of asked) {
    const name = shardOf(word)
    if (!shards.has(name))
      continue
    const terms = await load(`search/split/terms/${name}.json`)
    const best = new Map()
    const exact = new Set()
    for (const [term, flat] of Object.entries(terms)) {
      if (!term.startsWith(word))
        continue
      const factor = term === word ? 1 : 0.5
      for (let i = 0; i < flat.length; i += 2) {
        const value = flat[i + 1] * factor
        if (value > (best.get(flat[i]) ?? 0))
          best.set(flat[i], value)
        if (term === word)
          exact.add(flat[i])
      }
    }
    for (const [number, value] of best) {
      const entry = scores.get(number) ?? { matched: 0, exact: 0, score: 0, words: new Set() }
      entry.matched += 1
      entry.exact += exact.has(number) ? 1 : 0
      entry.score += value
      entry.words.add(word)
      scores.set(number, entry)
    }
  }
  const ranked = [...scores]
    .sort(([a, x], [b, y]) =>
      y.matched - x.matched || y.exact - x.exact || y.score - x.score || a - b)
    .slice(0, split.results)
  const rows = await Promise.all(ranked.map(([number]) =>
    load(`search/split/docs/${Math.floor(number / split.chunk)}.json`)
      .then(chunk => chunk[number % split.chunk])
  ))
  const items = ranked.map(([, entry], i) => {
    const [location, title, tags, text] = rows[i]
    const matched = Object.fromEntries(asked.map(word => [word, entry.words.has(word)]))
    return [{
      location,
      title,
      text,
      ...(tags.length ? { tags } : {}),
      score: entry.score,
      terms: matched
    }]
  })
  return { items }
}

addEventListener("message", async event => {
  const message = event.data
  if (message.type === SETUP) {
    split = message.data.config.split
    shards = new Set(split.shards)
    postMessage({ type: READY })
  } else if (message.type === QUERY) {
    const mine = ++latest
    let result
    try {
      result = await search(message.data)
    } catch (error) {
      console.warn(`search failed: ${error}`)
      result = { items: [] }
    }
    /* Only the newest query is answered: the reader typed on while this one loaded. */
    if (mine === latest)
      postMessage({ type: RESULT, data: result })
  }
})
