/**
 * Embeddable chat widget: <script src="https://host/widget.js" data-api="https://host" async></script>.
 * Plain DOM, no framework. All bot text goes in with textContent (never innerHTML). The helpline
 * bar is part of the widget, so it shows even when the server is down. Nothing is stored in the
 * browser unless the host page sets data-persist="true".
 */

interface ChatMessage {
  text: string;
  suggestions: string[];
  links?: Array<{ title: string; url: string }>;
}
interface ChatResponse {
  conversationId: string;
  route: string;
  messages: ChatMessage[];
}

const script = document.currentScript as HTMLScriptElement | null;
const api = (script?.dataset.api ?? new URL(script?.src ?? location.href).origin).replace(/\/$/, '');
const title = script?.dataset.title ?? 'Recovery support chat';
const locale = script?.dataset.locale === 'es' ? 'es' : 'en';
const persist = script?.dataset.persist === 'true';
const exitUrl = script?.dataset.exitUrl ?? 'https://www.google.com/search?q=weather';
const STORAGE_KEY = 'recovery-chat-id';
const OFFLINE =
  'Sorry, I can\u2019t reach the server right now. If you need help now: SAMHSA Helpline 1-800-662-4357 (free, 24/7), call or text 988 in a crisis, 911 in an emergency.';

let conversationId: string | undefined = persist
  ? (localStorage.getItem(STORAGE_KEY) ?? undefined)
  : undefined;

function el<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  className: string,
  text?: string,
): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
}

function link(text: string, href: string): HTMLAnchorElement {
  const a = el('a', 'rcw-link', text);
  a.href = href;
  return a;
}

/** Text with https:// links made clickable; everything else stays plain text. */
function richText(text: string): DocumentFragment {
  const fragment = document.createDocumentFragment();
  const parts = text.split(/(https:\/\/[^\s<>"')]+)/g);
  for (const part of parts) {
    if (/^https:\/\//.test(part)) {
      const a = link(part, part);
      a.target = '_blank';
      a.rel = 'noopener noreferrer';
      fragment.append(a);
    } else fragment.append(document.createTextNode(part));
  }
  return fragment;
}

function helplineBar(): HTMLElement {
  const bar = el('div', 'rcw-helplines');
  bar.setAttribute('role', 'region');
  bar.setAttribute('aria-label', 'Helplines');
  bar.append(
    el('span', 'rcw-help-label', 'Help now: '),
    link('SAMHSA 1-800-662-4357', 'tel:+18006624357'),
    document.createTextNode(' \u00b7 '),
    link('Call 988', 'tel:988'),
    document.createTextNode(' \u00b7 '),
    link('Text 988', 'sms:988'),
    document.createTextNode(' \u00b7 '),
    link('Emergency 911', 'tel:911'),
  );
  return bar;
}

function mount(): void {
  const root = el('section', 'rcw-root');
  root.setAttribute('aria-label', title);
  const header = el('div', 'rcw-header');
  const heading = el('h2', 'rcw-title', title);
  const exit = el('button', 'rcw-exit', 'Quick exit');
  exit.type = 'button';
  exit.setAttribute('aria-label', 'Quick exit: clear this chat and leave the page');
  header.append(heading, exit);
  const log = el('div', 'rcw-log');
  log.setAttribute('role', 'log');
  log.setAttribute('aria-live', 'polite');
  log.setAttribute('aria-label', 'Conversation');
  log.tabIndex = 0;
  const form = el('form', 'rcw-form');
  const label = el('label', 'rcw-visually-hidden', 'Type your message');
  label.htmlFor = 'rcw-input';
  const input = el('input', 'rcw-input');
  input.id = 'rcw-input';
  input.type = 'text';
  input.autocomplete = 'off';
  input.maxLength = 2000;
  input.placeholder = 'Type your question\u2026';
  const send = el('button', 'rcw-send', 'Send');
  send.type = 'submit';
  form.append(label, input, send);
  root.append(
    helplineBar(),
    header,
    log,
    form,
    el('p', 'rcw-note', 'Automated helper, not a person or a doctor. It does not keep what you type.'),
  );
  (document.getElementById('recovery-chat') ?? document.body).append(root);

  function add(who: 'user' | 'bot', message: ChatMessage | string): void {
    const bubble = el('div', `rcw-msg rcw-${who}`);
    const m = typeof message === 'string' ? { text: message, suggestions: [] } : message;
    bubble.append(who === 'bot' ? richText(m.text) : document.createTextNode(m.text));
    log.append(bubble);
    if (m.suggestions.length > 0) {
      const row = el('div', 'rcw-suggestions');
      for (const s of m.suggestions) {
        const b = el('button', 'rcw-suggestion', s);
        b.type = 'button';
        b.addEventListener('click', () => void ask(s));
        row.append(b);
      }
      log.append(row);
    }
    log.scrollTop = log.scrollHeight;
  }

  async function ask(text: string): Promise<void> {
    if (!text.trim()) return;
    add('user', text);
    input.value = '';
    send.disabled = true;
    try {
      const res = await fetch(`${api}/api/chat`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ text, conversationId, locale }),
      });
      if (!res.ok && res.status !== 500) throw new Error(`HTTP ${res.status}`);
      const data = (await res.json()) as ChatResponse;
      if (data.conversationId) {
        conversationId = data.conversationId;
        if (persist) localStorage.setItem(STORAGE_KEY, conversationId);
      }
      for (const m of data.messages) add('bot', m);
    } catch {
      add('bot', OFFLINE);
    } finally {
      send.disabled = false;
      input.focus();
    }
  }

  form.addEventListener('submit', (event) => {
    event.preventDefault();
    void ask(input.value);
  });
  exit.addEventListener('click', () => {
    log.replaceChildren();
    conversationId = undefined;
    localStorage.removeItem(STORAGE_KEY);
    location.replace(exitUrl);
  });
}

if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', mount);
else mount();
