import { createContext, useContext, useState, type ReactNode } from 'react';
import { Link } from 'react-router-dom';
import { Alert, Button, Drawer, List, Space, Statistic, Tag, Typography, type StatisticProps } from 'antd';
import { useInfiniteQuery } from '@tanstack/react-query';
import { get, useApi, withQuery, type ApiError, type Schemas } from '../lib/api';
import { fmtInstant, fmtNumber } from '../lib/format';
import { useI18n } from '../lib/i18n';
import { usePermissions } from '../lib/auth';
import { QueryState } from './common';
import { Chart, type ChartPoint } from './Chart';

type FigurePage = Schemas['FigureProvenance'];
type FigureItem = FigurePage['items'][number];
interface Opened {
  path: string;
  label: string;
  /** Overrides of the scope's query (a trend point opens its own year; a table row its commune). */
  query?: Query;
}
type Query = Record<string, string | number | undefined>;

const Open = createContext<((f: Opened) => void) | null>(null);

/**
 * Makes the figures inside clickable: each opens the list of what it is made of, for the same
 * year, commune and instant — from the dashboard, or (`base`) from an issued report at its pin.
 */
export function FigureScope({
  query,
  base = '/api/dashboard/figures',
  children,
}: {
  query: Query;
  base?: string;
  children: ReactNode;
}) {
  const [opened, setOpened] = useState<Opened | null>(null);
  return (
    <Open.Provider value={setOpened}>
      {children}
      <Drawer open={!!opened} onClose={() => setOpened(null)} size={640} title={opened?.label} destroyOnHidden>
        {opened && <FigureItems url={`${base}/${opened.path}`} query={{ ...query, ...opened.query }} />}
      </Drawer>
    </Open.Provider>
  );
}

/** Opens a figure's list from anything inside a FigureScope (a chart segment, a table cell); null outside one. */
export function useOpenFigure(): ((path: string, label: string, query?: Query) => void) | null {
  const open = useContext(Open);
  return open ? (path, label, query) => open({ path, label, query }) : null;
}

/** A table cell's number that opens its provenance (for the cell's own commune or year via `query`). */
export function FigureCell({
  path,
  label,
  query,
  children,
}: {
  path: string;
  label: string;
  query?: Query;
  children: ReactNode;
}) {
  const { t } = useI18n();
  const open = useOpenFigure();
  if (!open) return <>{children}</>;
  return (
    <Typography.Link
      role="button"
      tabIndex={0}
      className="kn-figure"
      data-figure={path}
      aria-label={`${label} — ${t('xem danh sách', 'show the list')}`}
      onClick={() => open(path, label, query)}
      onKeyDown={(e) => {
        if (e.key === 'Enter' || e.key === ' ') {
          e.preventDefault();
          open(path, label, query);
        }
      }}
    >
      {children}
    </Typography.Link>
  );
}

/** A chart whose segments open the figure they show (`figureOf` names it, or null for a segment that is no figure). */
export function FigureChart({
  figureOf,
  ...chart
}: Omit<Parameters<typeof Chart>[0], 'onPick'> & {
  figureOf: (p: ChartPoint) => { path: string; label: string; query?: Query } | null;
}) {
  const open = useOpenFigure();
  const pick = (p: ChartPoint) => {
    const f = figureOf(p);
    if (f) open?.(f.path, f.label, f.query);
  };
  return <Chart {...chart} onPick={open ? pick : undefined} />;
}

/** A dashboard number that opens its provenance: a Statistic inside a button. */
export function FigureStat({ path, title, ...rest }: { path: string; title: string } & Omit<StatisticProps, 'title'>) {
  const { t } = useI18n();
  const open = useContext(Open);
  const show = () => open?.({ path, label: title });
  return (
    <div
      role="button"
      tabIndex={0}
      className="kn-figure"
      data-figure={path}
      aria-label={`${title} — ${t('xem danh sách', 'show the list')}`}
      onClick={show}
      onKeyDown={(e) => {
        if (e.key === 'Enter' || e.key === ' ') {
          e.preventDefault();
          show();
        }
      }}
    >
      <Statistic title={title} {...rest} />
    </div>
  );
}

/** Where an entity's history is read: the audit trail at the position (auditors, supervisors), else its own page. */
function historyLink(streamId: string, position: number | undefined, readAudit: boolean): string | null {
  if (readAudit)
    return `/kiem-toan?${new URLSearchParams({ tab: 'stream', stream: streamId, at: String(position ?? '') })}`;
  const id = streamId.slice(streamId.indexOf('-') + 1);
  const pages: Record<string, string> = { household: '/ho-ngheo/', pairing: '/ket-nghia/' };
  const page = pages[streamId.slice(0, streamId.indexOf('-'))];
  return page ? `${page}${id}` : null;
}

function FigureItems({ url, query }: { url: string; query: Query }) {
  const { t, lang } = useI18n();
  const can = usePermissions();
  const q = useInfiniteQuery<FigurePage, ApiError>({
    queryKey: ['api', 'figure', url, query],
    queryFn: ({ pageParam, signal }) =>
      get(withQuery(url, { ...query, after: pageParam as string | undefined, limit: 100 }), signal),
    initialPageParam: undefined,
    getNextPageParam: (last) => last.next ?? undefined,
  });
  const first = q.data?.pages[0];
  const items = q.data?.pages.flatMap((p) => p.items) ?? [];
  return (
    <QueryState loading={q.isLoading} error={q.error}>
      {first && (
        <Alert
          type="info"
          showIcon
          style={{ marginBottom: 12 }}
          title={`${t('Giá trị', 'Value')}: ${fmtNumber(first.value)} — ${t('gồm', 'made of')} ${fmtNumber(items.length)}${q.hasNextPage ? '+' : ''} ${t('mục', 'items')}, ${t('tại vị trí', 'at position')} #${first.position}`}
        />
      )}
      <List<FigureItem>
        dataSource={items}
        locale={{ emptyText: t('Không có mục nào', 'No items') }}
        renderItem={(item) => (
          <List.Item data-testid="figure-item">
            <List.Item.Meta
              title={
                <Space>
                  {(() => {
                    const to = historyLink(item.streamId, first?.position, can.readAudit);
                    const name = lang === 'vi' ? item.title : item.titleEn;
                    return to ? <Link to={to}>{name}</Link> : <span>{name}</span>;
                  })()}
                  <Tag>{fmtNumber(item.value)}</Tag>
                </Space>
              }
              description={
                <ul style={{ margin: 0, paddingLeft: 18 }}>
                  {item.events.map((e) => (
                    <li key={e.position}>
                      <Typography.Text type="secondary">{fmtInstant(e.recordedAt)}</Typography.Text> —{' '}
                      {e.title || e.type}
                    </li>
                  ))}
                </ul>
              }
            />
          </List.Item>
        )}
      />
      {q.hasNextPage && (
        <Button style={{ marginTop: 12 }} loading={q.isFetchingNextPage} onClick={() => void q.fetchNextPage()}>
          {t('Tải thêm', 'Load more')}
        </Button>
      )}
    </QueryState>
  );
}

/** The figures of an issued report that open their lists, each read at the report's pinned position. */
export function IssuedReportFigures({
  year,
  figures,
}: {
  year: number;
  figures: readonly (readonly [string, string])[];
}) {
  const base = `/api/reports/annual/${year}/figures`;
  return (
    <FigureScope query={{}} base={base}>
      <Space wrap size="large">
        {figures.map(([path, title]) => (
          <IssuedFigure key={path} url={`${base}/${path}`} path={path} title={title} />
        ))}
      </Space>
    </FigureScope>
  );
}

function IssuedFigure({ url, path, title }: { url: string; path: string; title: string }) {
  const value = useApi<FigurePage>(withQuery(url, { limit: 1 }));
  return (
    <FigureStat
      path={path}
      title={title}
      value={value.data ? fmtNumber(value.data.value) : '—'}
      styles={{ content: { fontSize: 18 } }}
    />
  );
}
