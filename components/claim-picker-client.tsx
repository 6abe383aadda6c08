'use client';
// Search-as-you-type claim picker (ARIA combobox with a listbox): type, move with the
// arrow keys, pick with Enter or a click. Searching is the server's job (Traditional and
// Simplified match alike); this only debounces and drops answers that arrive out of order.
import { useEffect, useId, useRef, useState } from 'react';
import { useLocale, useTranslations } from 'use-intl/react';
import type { ClaimSearchHitDto } from '@/lib/data/types';

/** A claim the picker offers: a search hit as the server sends it (its text's tag included). */
export type ClaimOption = ClaimSearchHitDto;

const DEBOUNCE_MS = 250;

export function ClaimPicker({
  label,
  search,
  value,
  onChange,
  errors,
  focusFirst = false,
}: {
  label: string;
  search: (query: string) => Promise<ClaimSearchHitDto[]>;
  value: ClaimOption | null;
  onChange: (claim: ClaimOption | null) => void;
  errors?: string[];
  focusFirst?: boolean;
}) {
  const t = useTranslations();
  const locale = useLocale();
  const id = useId();
  const inputId = `${id}-input`;
  const listId = `${id}-list`;
  const errorId = `${id}-error`;
  const statusId = `${id}-status`;
  const [query, setQuery] = useState('');
  const [options, setOptions] = useState<ClaimOption[]>([]);
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(-1);
  const [status, setStatus] = useState<'idle' | 'searching' | 'done' | 'failed'>('idle');
  const latest = useRef(0);
  const inputRef = useRef<HTMLInputElement>(null);
  const focusInputNext = useRef(false);

  const changeQuery = (next: string) => {
    setQuery(next);
    if (next.trim() === '') {
      // nothing to look for: forget any answer still on its way
      latest.current++;
      setOptions([]);
      setStatus('idle');
    } else {
      setStatus('searching');
    }
  };

  useEffect(() => {
    const trimmed = query.trim();
    if (trimmed === '') return;
    const request = ++latest.current;
    const timer = setTimeout(() => {
      search(trimmed).then(
        (result) => {
          if (request !== latest.current) return;
          setOptions(result);
          setActive(-1);
          setOpen(document.activeElement === inputRef.current);
          setStatus('done');
        },
        () => {
          if (request === latest.current) setStatus('failed');
        },
      );
    }, DEBOUNCE_MS);
    return () => clearTimeout(timer);
  }, [query, search]);

  useEffect(() => {
    if (value === null && focusInputNext.current) {
      focusInputNext.current = false;
      inputRef.current?.focus();
    }
  }, [value]);

  const pick = (option: ClaimOption) => {
    onChange(option);
    setOpen(false);
    setActive(-1);
  };

  if (value) {
    return (
      <div>
        <p className="text-sm font-medium text-slate-700">{label}</p>
        <div className="mt-1 flex items-start justify-between gap-2 rounded border border-slate-300 bg-slate-50 p-2 text-sm">
          <span lang={value.lang} data-picked-claim={value.id}>
            {value.text}
            {value.status === 'draft' && <span className="ml-2 rounded bg-slate-200 px-1 text-xs text-slate-700" lang={locale}>{t('common.draftTag')}</span>}
          </span>
          <button
            type="button"
            className="shrink-0 rounded border border-slate-300 bg-white px-2 py-0.5 hover:bg-slate-100"
            onClick={() => {
              focusInputNext.current = true;
              onChange(null);
            }}
          >
            {t('claimPicker.change')}<span className="sr-only">{t('claimPicker.changeTarget')}</span>
          </button>
        </div>
        {errors && errors.length > 0 && <p className="mt-1 text-sm text-red-700">{errors.join(' ')}</p>}
      </div>
    );
  }

  const expanded = open && options.length > 0;
  const statusText =
    status === 'searching'
      ? t('claimPicker.searching')
      : status === 'failed'
        ? t('claimPicker.failed')
        : status === 'done' && options.length === 0
          ? t('claimPicker.noMatch')
          : status === 'done'
            ? t('claimPicker.found', { count: options.length })
            : '';

  return (
    <div className="relative">
      <label htmlFor={inputId} className="block text-sm font-medium text-slate-700">
        {label}
      </label>
      <input
        ref={inputRef}
        id={inputId}
        type="text"
        role="combobox"
        autoComplete="off"
        aria-autocomplete="list"
        aria-expanded={expanded}
        aria-controls={listId}
        aria-activedescendant={expanded && active >= 0 ? `${listId}-${active}` : undefined}
        aria-invalid={errors && errors.length > 0 ? true : undefined}
        aria-describedby={`${statusId}${errors && errors.length > 0 ? ` ${errorId}` : ''}`}
        data-autofocus={focusFirst ? '' : undefined}
        placeholder={t('claimPicker.placeholder')}
        className="mt-1 w-full rounded border border-slate-300 px-2 py-1"
        value={query}
        onChange={(event) => changeQuery(event.target.value)}
        onBlur={() => setOpen(false)}
        onFocus={() => options.length > 0 && setOpen(true)}
        onKeyDown={(event) => {
          if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
            if (options.length === 0) return;
            event.preventDefault();
            setOpen(true);
            const step = event.key === 'ArrowDown' ? 1 : -1;
            setActive((current) => (current + step + options.length) % options.length);
          } else if (event.key === 'Enter') {
            // Enter never submits the surrounding form from here.
            event.preventDefault();
            const option = expanded ? options[active >= 0 ? active : 0] : undefined;
            if (option) pick(option);
          } else if (event.key === 'Escape' && expanded) {
            event.stopPropagation();
            setOpen(false);
          }
        }}
      />
      <p id={statusId} className="sr-only" aria-live="polite">
        {statusText}
      </p>
      {status === 'done' && options.length === 0 && <p className="mt-1 text-sm text-slate-500">{t('claimPicker.noMatch')}</p>}
      <ul
        id={listId}
        role="listbox"
        aria-label={t('claimPicker.results', { label })}
        hidden={!expanded}
        className="absolute z-50 mt-1 max-h-60 w-full overflow-y-auto rounded border border-slate-300 bg-white shadow-lg"
      >
        {options.map((option, index) => (
          // The keyboard stays in the combobox input (aria-activedescendant); a click picks directly.
          // eslint-disable-next-line jsx-a11y/click-events-have-key-events
          <li
            key={option.id}
            id={`${listId}-${index}`}
            role="option"
            aria-selected={index === active}
            className={`cursor-pointer px-2 py-1 text-sm ${index === active ? 'bg-blue-100 outline outline-2 outline-blue-600' : 'hover:bg-slate-100'}`}
            // Keep focus in the input so the combobox stays in charge.
            onMouseDown={(event) => event.preventDefault()}
            onClick={() => pick(option)}
          >
            <span lang={option.lang}>{option.text}</span>
            {option.status === 'draft' && <span className="ml-2 rounded bg-slate-200 px-1 text-xs text-slate-700">{t('common.draftTag')}</span>}
            {option.gloss && <span className="block text-xs text-slate-500">{option.gloss}</span>}
          </li>
        ))}
      </ul>
      {errors && errors.length > 0 && (
        <p id={errorId} className="mt-1 text-sm text-red-700">
          {errors.join(' ')}
        </p>
      )}
    </div>
  );
}
