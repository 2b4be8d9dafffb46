import { foldText } from '../vocab/fold';

/** What a customer's message is about, recognised from words in English, Spanish and Portuguese. */
export interface Intent {
  /** Names the reason shown beside a suggestion (the sidebar words it: reason.intent.<id> in the catalogue). */
  id: string;
  /** Matches the customer's message (lower-case, accents removed). */
  asks: RegExp;
  /** Words that mark a template as answering it (in its tags, title or body; accents removed). */
  answers: readonly string[];
}

export const INTENTS: readonly Intent[] = [
  {
    id: 'price',
    asks: /\b(price|prices|pricing|cost|costs|how much|precio|precios|cuanto|preco|precos|quanto|valor)\b|[$€£]/,
    answers: ['price', 'pricing', 'cost', 'precio', 'preco'],
  },
  {
    id: 'shipping',
    asks: /\b(ship|ships|shipping|shipped|deliver|delivery|delivered|arrive|arrives|courier|tracking|track|envio|enviar|envian|entrega|frete|correios|chega|llega)\b/,
    answers: ['shipping', 'ship', 'delivery', 'deliver', 'tracking', 'envio', 'entrega', 'frete'],
  },
  {
    id: 'size',
    asks: /\b(size|sizes|sizing|fit|fits|measurements|talla|tallas|tamano|tamanho|medidas)\b/,
    answers: ['size', 'sizing', 'fit', 'talla', 'tamanho'],
  },
  {
    id: 'complaint',
    asks: /\b(refund|return|broken|damaged|wrong|missing|never arrived|complaint|disappointed|reembolso|devolucion|devolver|devolucao|quebrado|roto|errado|problema|estragado)\b/,
    answers: ['complaint', 'refund', 'problem', 'returns', 'sorry', 'reclamo', 'reclamacao', 'reembolso', 'problema'],
  },
  {
    id: 'thanks',
    asks: /\b(thank|thanks|thx|ty|gracias|obrigad[oa]|valeu|merci)\b|❤️|😍|🥰/,
    answers: ['review', 'survey', 'feedback', 'resena', 'encuesta', 'avaliacao', 'pesquisa'],
  },
  {
    id: 'availability',
    asks: /\b(available|availability|in stock|stock|sold out|restock|disponible|disponivel|tem ainda|hay)\b/,
    answers: ['stock', 'available', 'restock', 'availability'],
  },
  {
    id: 'order',
    asks: /\b(order|buy|purchase|reserve|pedido|comprar|quiero|quero|encomenda)\b/,
    answers: ['order', 'pedido'],
  },
  {
    id: 'payment',
    asks: /\b(pay|payment|paypal|card|transfer|pagar|pago|pagamento|pix|tarjeta|cartao)\b/,
    answers: ['payment', 'pay', 'paypal', 'pago', 'pagamento'],
  },
];

/**
 * The intents a message expresses. Thanks next to a question ("Thanks! How long does shipping take?") is politeness:
 * the question is what needs an answer.
 */
export function intentsOf(message: string): Intent[] {
  const text = foldText(message);
  const found = INTENTS.filter((intent) => intent.asks.test(text));
  return found.length > 1 ? found.filter((i) => i.id !== 'thanks') : found;
}
