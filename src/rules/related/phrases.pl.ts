import { definePhrases } from '../../helpers/phrases.js'

// Nagłówki list odnośników, polski.
export default definePhrases('pl', {
  labels: ['Zobacz również', 'Przeczytaj też', 'Powiązane tematy', 'Czytaj dalej', 'Czytaj także', 'Czytaj też', 'Czytaj również', 'Zobacz także', 'Zobacz też', 'Czytaj więcej', 'Przeczytaj także', 'Przeczytaj również', 'Polecamy', 'Podobne artykuły', 'Powiązane artykuły', 'Najczęściej czytane', 'Najpopularniejsze', 'Więcej na ten temat', 'Może cię zainteresować', 'Warto przeczytać'],
  prefixes: ['Zobacz również:', 'Przeczytaj też:', 'Czytaj także:', 'Czytaj też:', 'Czytaj również:', 'Zobacz także:', 'Zobacz też:', 'Przeczytaj także:', 'Przeczytaj również:', 'Polecamy:', 'Czytaj więcej:', 'Czytaj:', 'Zobacz:'],
})
