import type { ReactNode } from 'react';
import { t } from '../../src/i18n/t';
import { formatDate, isoDay } from '../../src/lib/dates';
import { h } from './dom';

/** PageHeader.astro */
export function pageHeader(title: string, lead: string | undefined, ...extra: ReactNode[]) {
  return h('header', { className: 'page-header wrapper' }, h('h1', null, title), lead ? h('p', { className: 'page-header__lead' }, lead) : null, ...extra);
}

/** Badge.astro */
export function badge(text: string, tone: 'neutral' | 'accent' | 'brand' | 'warning' = 'neutral') {
  return h('span', { className: `badge badge--${tone}` }, text);
}

/** Notice.astro */
export function notice(text: string, tone: 'info' | 'warning' = 'info') {
  return h('div', { className: `notice notice--${tone}`, role: 'note' }, text);
}

/** FormattedDate.astro */
export function formattedDate(date: Date) {
  return h('time', { dateTime: isoDay(date) }, formatDate(date));
}

/** Prose.astro around the body the editor is writing (Decap adds one container of its own inside). */
export function prose(body: ReactNode) {
  return h('div', { className: 'prose' }, body);
}

/** FaqList.astro */
export function faqList(items: { question?: string; answer?: string }[]) {
  return h(
    'section',
    { className: 'faq', 'aria-labelledby': 'faq-title' },
    h('h2', { id: 'faq-title' }, t('faq.title')),
    h('dl', null, ...items.map((item) => h('div', { className: 'faq__item' }, h('dt', null, item.question ?? ''), h('dd', null, item.answer ?? '')))),
  );
}
