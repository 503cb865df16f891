import { definePhrases } from '../../helpers/phrases.js'

// Odnośniki do oryginalnego artykułu, polski. "Źródło: ISBnews" closes Polish bench pages (Bankier family).
export default definePhrases('pl', {
  labels: ['Źródło', 'Oryginalny artykuł', 'Artykuł oryginalny', 'Czytaj oryginalny artykuł'],
  prefixes: ['Źródło:', 'Źródło informacji:', 'Artykuł pierwotnie ukazał się', 'Tekst pierwotnie ukazał się', 'Tekst ukazał się pierwotnie'],
  patterns: [/^wpis .{1,200} pochodzi z serwisu .{1,120}$/],
})
