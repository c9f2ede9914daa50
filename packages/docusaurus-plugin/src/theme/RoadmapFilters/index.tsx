/**
 * The timeline's filter bar: themes, statuses, text, zoom. Plain form
 * controls, so it is usable by keyboard; the parent keeps the state in the URL.
 */
import React, {useId} from 'react';
import Translate, {translate} from '@docusaurus/Translate';
import RoadmapStatus from '@theme/RoadmapStatus';
import {isFiltering, NO_FILTERS, STATUS_KEYS, type StatusKey, type Zoom} from 'docusaurus-plugin-roadmark/client';
import type {Props} from '@theme/RoadmapFilters';
import styles from './styles.module.css';

function toggle<T>(list: readonly T[], value: T): T[] {
  return list.includes(value) ? list.filter((v) => v !== value) : [...list, value];
}

function zoomLabel(zoom: Zoom): string {
  switch (zoom) {
    case 'month':
      return translate({id: 'roadmark.zoom.month', message: 'Months'});
    case 'half':
      return translate({id: 'roadmark.zoom.half', message: 'Halves'});
    case 'year':
      return translate({id: 'roadmark.zoom.year', message: 'Years'});
    default:
      return translate({id: 'roadmark.zoom.quarter', message: 'Quarters'});
  }
}

export default function RoadmapFilters({filters, onChange, themes, statuses = STATUS_KEYS, zoom, showZoom = true, visible, total}: Props): React.ReactElement {
  const id = useId();
  return (
    <form className={styles.filters} role="search" aria-label={translate({id: 'roadmark.filters.label', message: 'Filter roadmap items'})} onSubmit={(event) => event.preventDefault()} data-testid="roadmap-filters">
      <div className={styles.row}>
        <label className={styles.search} htmlFor={`${id}-q`}>
          <span className={styles.label}>
            <Translate id="roadmark.filters.text">Search</Translate>
          </span>
          <input id={`${id}-q`} type="search" className={styles.input} value={filters.text} placeholder={translate({id: 'roadmark.filters.textPlaceholder', message: 'Filter by text…'})} onChange={(event) => onChange({...filters, text: event.target.value})} data-testid="roadmap-filter-text" />
        </label>
        {showZoom ? (
          <fieldset className={styles.group}>
            <legend className={styles.label}>
              <Translate id="roadmark.filters.zoom">Zoom</Translate>
            </legend>
            <div className={styles.segmented}>
              {(['month', 'quarter', 'half', 'year'] as const).map((z) => (
                <button key={z} type="button" className={styles.segment} aria-pressed={zoom === z} onClick={() => onChange({...filters, zoom: z})} data-testid={`roadmap-zoom-${z}`}>
                  {zoomLabel(z)}
                </button>
              ))}
            </div>
          </fieldset>
        ) : null}
      </div>
      {statuses.length > 1 ? (
      <fieldset className={styles.group}>
        <legend className={styles.label}>
          <Translate id="roadmark.filters.status">Status</Translate>
        </legend>
        <div className={styles.options}>
          {statuses.map((status: StatusKey) => (
            <label key={status} className={styles.option}>
              <input type="checkbox" checked={filters.statuses.includes(status)} onChange={() => onChange({...filters, statuses: toggle(filters.statuses, status)})} data-testid={`roadmap-filter-status-${status}`} />
              <RoadmapStatus status={status} />
            </label>
          ))}
        </div>
      </fieldset>
      ) : null}
      {themes.length > 1 ? (
        <fieldset className={styles.group}>
          <legend className={styles.label}>
            <Translate id="roadmark.filters.theme">Theme</Translate>
          </legend>
          <div className={styles.options}>
            {themes.map((theme) => (
              <label key={theme.id} className={styles.option}>
                <input type="checkbox" checked={filters.themes.includes(theme.id)} onChange={() => onChange({...filters, themes: toggle(filters.themes, theme.id)})} data-testid={`roadmap-filter-theme-${theme.id}`} />
                <span className={styles.themeName} style={theme.color ? ({'--rm-lane-color': theme.color} as React.CSSProperties) : undefined}>
                  {theme.label}
                </span>
                {theme.subItemsOnly ? (
                  <span className={styles.subItemsOnly} data-testid="roadmap-filter-theme-sub-items-only">
                    <Translate id="roadmark.filters.themeSubItemsOnly" description="After a theme filter choice that only sub-items of other themes' items carry">
                      (sub-items only)
                    </Translate>
                  </span>
                ) : null}
              </label>
            ))}
          </div>
        </fieldset>
      ) : null}
      <div className={styles.row} aria-live="polite">
        <span className={styles.count} data-testid="roadmap-visible-count">
          <Translate id="roadmark.filters.count" values={{visible, total}}>
            {'{visible} of {total} items match'}
          </Translate>
        </span>
        {isFiltering(filters) ? (
          <button type="button" className="button button--sm button--secondary" onClick={() => onChange({...NO_FILTERS, zoom: filters.zoom})} data-testid="roadmap-filter-clear">
            <Translate id="roadmark.filters.clear">Clear filters</Translate>
          </button>
        ) : null}
      </div>
    </form>
  );
}
