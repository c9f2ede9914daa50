import {roadmapHistory} from '../../bench/src/synth/versioned-site.js';
const texts = roadmapHistory(100, 300, 20_251);
for (const level of [1, 2, 3, 4, 5, 6]) {
  const seen = new Set<string>();
  let total = 0, unique = 0, chunks = 0;
  for (const t of texts) {
    const parts = t.split(new RegExp(`\\n(?=#{1,${level}} )`));
    for (const p of parts) { total += p.length; chunks++; if (!seen.has(p)) { seen.add(p); unique += p.length; } }
  }
  console.log(level, chunks, (total / 1e6).toFixed(2), (unique / 1e6).toFixed(2));
}
console.log(texts[50]!.slice(0, 1500));
