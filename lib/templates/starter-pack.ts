import { languageFor, type Language } from '../i18n/languages';
import type { TemplateDraft } from './types';

/**
 * Seeded on first install so a new user has useful replies on day one, in the browser's language (`starterPack`).
 * Every placeholder has a fallback.
 */
export const STARTER_PACK: readonly TemplateDraft[] = [
  {
    title: 'Greeting',
    body: 'Hi {{first_name|there}}! Thanks for getting in touch. How can I help you today?',
    shortcut: 'hi',
    tags: ['welcome'],
    kind: 'greeting',
  },
  {
    title: 'Price question',
    body: 'Hi {{first_name|there}}! Thanks for asking. The price is [price], and that includes [what is included]. Would you like me to reserve one for you?',
    shortcut: 'price',
    tags: ['price', 'cost'],
    kind: 'reply',
  },
  {
    title: 'Shipping time',
    body: 'Hi {{first_name|there}}! Orders ship within 1–2 business days, and delivery usually takes 3–5 business days after that. I will send you the tracking number as soon as it ships.',
    shortcut: 'ship',
    tags: ['shipping', 'delivery'],
    kind: 'reply',
  },
  {
    title: 'Order details',
    body: 'Happy to help, {{first_name|there}}! To place your order, could you send me:\n1. The item and size or colour\n2. Your full name and shipping address\n3. A phone number for the courier',
    shortcut: 'order',
    tags: ['order'],
    kind: 'reply',
  },
  {
    title: 'Resolving a complaint',
    body: "I'm really sorry about this, {{first_name|there}}. That's not the experience we want for you. Could you send me your order number and a photo of the problem? I'll make it right as quickly as I can.",
    shortcut: 'sorry',
    tags: ['complaint', 'refund', 'problem'],
    kind: 'reply',
  },
  {
    title: 'Review request',
    body: "Thanks again for your order, {{first_name|there}}! If you're happy with it, a short review would mean a lot to a small business like ours.",
    shortcut: 'review',
    tags: ['review', 'thanks'],
    kind: 'follow-up',
  },
  {
    title: 'Satisfaction survey',
    body: 'Hi {{first_name|there}}! Quick question: how would you rate your order, from 1 (poor) to 5 (excellent)? Just reply with a number.',
    shortcut: 'rate',
    tags: ['survey', 'feedback'],
    kind: 'survey',
    survey: 'csat',
  },
  {
    title: 'Promotion',
    body: 'Hi {{first_name|there}}! This week only, you get [discount] off everything in the shop. Want me to set something aside for you?',
    shortcut: 'promo',
    tags: ['promo', 'sale'],
    kind: 'promo',
  },
  {
    title: 'Follow-up',
    body: 'Hi {{first_name|there}}, just checking in on my last message. Do you have any other questions I can help with?',
    shortcut: 'follow',
    tags: ['follow-up'],
    kind: 'follow-up',
  },
  {
    title: 'Away message',
    body: "Hi {{first_name|there}}, thanks for your message! We're away right now and will reply as soon as we're back during business hours.",
    shortcut: 'away',
    tags: ['away', 'hours'],
    kind: 'away',
  },
];

const SPANISH: readonly TemplateDraft[] = [
  {
    title: 'Saludo',
    body: '¡Hola, {{first_name|qué tal}}! Gracias por escribirnos. ¿En qué te puedo ayudar hoy?',
    shortcut: 'hola',
    tags: ['bienvenida'],
    kind: 'greeting',
  },
  {
    title: 'Consulta de precio',
    body: '¡Hola, {{first_name|qué tal}}! Gracias por preguntar. El precio es [precio] e incluye [lo que incluye]. ¿Quieres que te reserve uno?',
    shortcut: 'precio',
    tags: ['precio', 'costo'],
    kind: 'reply',
  },
  {
    title: 'Plazo de envío',
    body: '¡Hola, {{first_name|qué tal}}! Los pedidos salen en 1–2 días hábiles y la entrega suele tardar 3–5 días hábiles más. Te paso el número de seguimiento en cuanto salga.',
    shortcut: 'envio',
    tags: ['envio', 'entrega'],
    kind: 'reply',
  },
  {
    title: 'Datos del pedido',
    body: '¡Con gusto, {{first_name|claro}}! Para hacer tu pedido, ¿me envías:\n1. El producto y la talla o el color\n2. Tu nombre completo y la dirección de envío\n3. Un teléfono para el repartidor',
    shortcut: 'pedido',
    tags: ['pedido'],
    kind: 'reply',
  },
  {
    title: 'Resolver un reclamo',
    body: 'Lo siento mucho, {{first_name|de verdad}}. No es la experiencia que queremos para ti. ¿Me envías el número de pedido y una foto del problema? Lo resuelvo lo antes posible.',
    shortcut: 'perdon',
    tags: ['reclamo', 'reembolso', 'problema'],
    kind: 'reply',
  },
  {
    title: 'Pedir una reseña',
    body: '¡Gracias otra vez por tu compra, {{first_name|de verdad}}! Si te gustó, una reseña corta significaría mucho para un negocio pequeño como el nuestro.',
    shortcut: 'resena',
    tags: ['resena', 'gracias'],
    kind: 'follow-up',
  },
  {
    title: 'Encuesta de satisfacción',
    body: '¡Hola, {{first_name|qué tal}}! Una pregunta rápida: ¿cómo calificarías tu pedido del 1 (malo) al 5 (excelente)? Responde solo con un número.',
    shortcut: 'nota',
    tags: ['encuesta', 'opinion'],
    kind: 'survey',
    survey: 'csat',
  },
  {
    title: 'Promoción',
    body: '¡Hola, {{first_name|qué tal}}! Solo esta semana tienes [descuento] en toda la tienda. ¿Quieres que te aparte algo?',
    shortcut: 'promo',
    tags: ['promo', 'oferta'],
    kind: 'promo',
  },
  {
    title: 'Seguimiento',
    body: 'Hola, {{first_name|qué tal}}, te escribo por mi último mensaje. ¿Tienes alguna otra pregunta en la que te pueda ayudar?',
    shortcut: 'seguimiento',
    tags: ['seguimiento'],
    kind: 'follow-up',
  },
  {
    title: 'Mensaje de ausencia',
    body: 'Hola, {{first_name|qué tal}}, ¡gracias por tu mensaje! Ahora no estamos disponibles y te responderemos en cuanto volvamos, en horario de atención.',
    shortcut: 'ausente',
    tags: ['ausente', 'horario'],
    kind: 'away',
  },
].map((t) => ({ ...t, language: 'es' }) as TemplateDraft);

const PORTUGUESE: readonly TemplateDraft[] = [
  {
    title: 'Saudação',
    body: 'Olá, {{first_name|tudo bem}}! Obrigado pelo contato. Como posso ajudar hoje?',
    shortcut: 'oi',
    tags: ['boas-vindas'],
    kind: 'greeting',
  },
  {
    title: 'Pergunta sobre preço',
    body: 'Olá, {{first_name|tudo bem}}! Obrigado por perguntar. O preço é [preço] e inclui [o que está incluído]. Quer que eu separe um para você?',
    shortcut: 'preco',
    tags: ['preco', 'valor'],
    kind: 'reply',
  },
  {
    title: 'Prazo de envio',
    body: 'Olá, {{first_name|tudo bem}}! Os pedidos são enviados em 1–2 dias úteis, e a entrega costuma levar mais 3–5 dias úteis. Mando o código de rastreio assim que for postado.',
    shortcut: 'frete',
    tags: ['frete', 'entrega'],
    kind: 'reply',
  },
  {
    title: 'Dados do pedido',
    body: 'Com prazer, {{first_name|claro}}! Para fazer o seu pedido, pode me mandar:\n1. O produto e o tamanho ou a cor\n2. Seu nome completo e o endereço de entrega\n3. Um telefone para a transportadora',
    shortcut: 'pedido',
    tags: ['pedido'],
    kind: 'reply',
  },
  {
    title: 'Resolver uma reclamação',
    body: 'Sinto muito por isso, {{first_name|de verdade}}. Não é a experiência que queremos para você. Pode me mandar o número do pedido e uma foto do problema? Vou resolver o mais rápido possível.',
    shortcut: 'desculpa',
    tags: ['reclamacao', 'reembolso', 'problema'],
    kind: 'reply',
  },
  {
    title: 'Pedido de avaliação',
    body: 'Obrigado mais uma vez pela compra, {{first_name|de verdade}}! Se você gostou, uma avaliação rápida faz muita diferença para um pequeno negócio como o nosso.',
    shortcut: 'avaliacao',
    tags: ['avaliacao', 'obrigado'],
    kind: 'follow-up',
  },
  {
    title: 'Pesquisa de satisfação',
    body: 'Olá, {{first_name|tudo bem}}! Uma pergunta rápida: que nota você dá para o seu pedido, de 1 (ruim) a 5 (excelente)? É só responder com um número.',
    shortcut: 'nota',
    tags: ['pesquisa', 'opiniao'],
    kind: 'survey',
    survey: 'csat',
  },
  {
    title: 'Promoção',
    body: 'Olá, {{first_name|tudo bem}}! Só nesta semana, você tem [desconto] em toda a loja. Quer que eu separe algo para você?',
    shortcut: 'promo',
    tags: ['promo', 'oferta'],
    kind: 'promo',
  },
  {
    title: 'Acompanhamento',
    body: 'Olá, {{first_name|tudo bem}}? Passando para saber da minha última mensagem. Ficou alguma dúvida em que eu possa ajudar?',
    shortcut: 'retorno',
    tags: ['acompanhamento'],
    kind: 'follow-up',
  },
  {
    title: 'Mensagem de ausência',
    body: 'Olá, {{first_name|tudo bem}}? Obrigado pela mensagem! No momento estamos ausentes e responderemos assim que voltarmos, no horário de atendimento.',
    shortcut: 'ausente',
    tags: ['ausente', 'horario'],
    kind: 'away',
  },
].map((t) => ({ ...t, language: 'pt-BR' }) as TemplateDraft);

const PACKS: Record<Language, readonly TemplateDraft[]> = { en: STARTER_PACK, es: SPANISH, pt_BR: PORTUGUESE };

/** The starter pack for a browser language (`es-MX`, `pt-BR`, `pt_BR`…): English when there is none in it. */
export function starterPack(language: string): readonly TemplateDraft[] {
  return PACKS[languageFor(language)];
}
