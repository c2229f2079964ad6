// A sentence with an element inside (a date as <time> in "Status as of {date}."): the element lands where the
// argument stands in each language's word order, plural arguments still count, and plain values still format.
import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { formatMessage } from './icu.ts';
import { richMessage, type I18n, type MessageKey } from './i18n.tsx';

const catalogue: Record<string, string> = {
  'common.statusAsOf': 'Status as of {date}.',
  'state.summary': 'Party to {joined, plural, one {# universal instrument} other {# universal instruments}} out of {total} as of {date}.',
  'zh.order': '截至{date}的状况。',
};
const formatters = { plural: new Intl.PluralRules('en'), number: new Intl.NumberFormat('en') };
const t = ((key: string, values?: Record<string, string | number>) =>
  formatMessage(catalogue[key] ?? key, values, formatters)) as I18n['t'];
const date = createElement('time', { className: 'date', dateTime: '2013-12-18' }, '18 December 2013');
const render = (key: string, values: Parameters<typeof richMessage>[2]) =>
  renderToStaticMarkup(createElement('p', null, richMessage(t, key as MessageKey, values)));

describe('richMessage', () => {
  it('puts the element where the argument stands', () => {
    expect(render('common.statusAsOf', { date })).toBe(
      '<p>Status as of <time class="date" dateTime="2013-12-18">18 December 2013</time>.</p>',
    );
    expect(render('zh.order', { date })).toBe('<p>截至<time class="date" dateTime="2013-12-18">18 December 2013</time>的状况。</p>');
  });

  it('keeps plural and plain arguments', () => {
    expect(render('state.summary', { joined: 1, total: 19, date })).toBe(
      '<p>Party to 1 universal instrument out of 19 as of <time class="date" dateTime="2013-12-18">18 December 2013</time>.</p>',
    );
    expect(render('state.summary', { joined: 8, total: 19, date: 'today' })).toBe(
      '<p>Party to 8 universal instruments out of 19 as of today.</p>',
    );
  });
});
