import { useMemo, useState } from 'react';
import { Link, useLocation, useNavigate, useParams } from 'react-router-dom';
import { Alert, Button, Col, Row, Space } from 'antd';
import { ArrowLeftOutlined } from '@ant-design/icons';
import { useApi } from '../lib/api';
import { usePermissions } from '../lib/auth';
import { useI18n } from '../lib/i18n';
import { DEPRIVATION_LABELS } from '../lib/labels';
import { PageTitle, QueryState } from '../components/common';
import { useHeadName, type Household } from './HouseholdsPage';
import { HouseholdCommitments } from './household-detail/HouseholdCommitments';
import { HouseholdDialogs } from './household-detail/HouseholdDialogs';
import { HouseholdFacts } from './household-detail/HouseholdFacts';
import { HouseholdTimeline, IncomeChart } from './household-detail/HouseholdRoute';
import type { Dialog, Standard, TimelineItem } from './household-detail/types';

/** A household's route out of poverty: income against the line, transitions, deprivations, commitments. */
export function HouseholdDetailPage() {
  const { id } = useParams<{ id: string }>();
  const { t, lang, label } = useI18n();
  const navigate = useNavigate();
  const can = usePermissions();
  const headName = useHeadName();
  const hh = useApi<Household>(`/api/households/${id}`);
  const timeline = useApi<{ items: TimelineItem[] }>(`/api/households/${id}/timeline`);
  const standards = useApi<Standard[]>('/api/poverty-standards', { staleTime: 600_000 });
  const [dialog, setDialog] = useState<Dialog | null>(null);

  const location = useLocation();
  /** Handed over by the registration form: households this one may duplicate. */
  const candidates =
    (location.state as { possibleDuplicates?: { id: string; code: string }[] } | null)?.possibleDuplicates ?? [];
  const h = hh.data;
  const merged = !!h?.mergedInto;
  const items = timeline.data?.items ?? [];
  // The reviews and transitions of this household (a merged duplicate's show in the timeline only).
  const own = items.filter((i) => i.householdCode === undefined);
  const assessments = own
    .filter((i) => i.type === 'PovertyAssessed')
    .sort((a, b) => Number(a.reviewYear) - Number(b.reviewYear));
  const transitions = own.filter((i) => i.type === 'PovertyStatusChanged');
  const indicatorLabel = useMemo(() => {
    const m = new Map<string, string>();
    for (const s of standards.data ?? [])
      for (const i of s.indicators) m.set(i.code, lang === 'vi' ? i.labelVi : i.labelEn);
    return (code: string) => m.get(code) ?? label(DEPRIVATION_LABELS, code);
  }, [standards.data, lang, label]);

  const mayAssess = !!h && !merged && can.assessHousehold(h.communeId);
  const mayCommit = !!h && !merged && can.commitSupport(h.communeId);

  return (
    <div>
      <Button type="link" icon={<ArrowLeftOutlined />} onClick={() => navigate('/ho-ngheo')} style={{ paddingLeft: 0 }}>
        {t('Sổ hộ', 'Register')}
      </Button>
      <QueryState loading={hh.isLoading} error={hh.error}>
        {h && (
          <>
            <PageTitle
              extra={
                <>
                  {mayAssess && (
                    <Button type="primary" onClick={() => setDialog({ kind: 'assess' })}>
                      {t('Rà soát hộ nghèo', 'Assess poverty')}
                    </Button>
                  )}
                  {mayCommit && (
                    <Button onClick={() => setDialog({ kind: 'commit' })}>
                      {t('Cam kết hỗ trợ', 'Commit support')}
                    </Button>
                  )}
                  {mayAssess && (
                    <Button onClick={() => setDialog({ kind: 'members' })}>
                      {t('Thay đổi nhân khẩu', 'Change members')}
                    </Button>
                  )}
                  {mayAssess && (
                    <Button onClick={() => setDialog({ kind: 'move' })}>{t('Chuyển nơi ở', 'Move')}</Button>
                  )}
                  {can.mergeHousehold && !merged && (
                    <Button onClick={() => setDialog({ kind: 'merge' })}>
                      {t('Gộp vào hộ khác', 'Merge into another household')}
                    </Button>
                  )}
                  {can.erasePersonalData && !merged && h.head !== 'erased' && (
                    <Button danger onClick={() => setDialog({ kind: 'erase' })}>
                      {t('Xóa dữ liệu cá nhân', 'Erase personal data')}
                    </Button>
                  )}
                </>
              }
            >
              {t('Hộ', 'Household')} {h.code} — {headName(h.head)}
            </PageTitle>
            {h.mergedInto && (
              <Alert
                type="info"
                showIcon
                style={{ marginBottom: 16 }}
                message={t(
                  'Hộ này đã được gộp vào hộ khác (đăng ký trùng)',
                  'This household was merged into another (a duplicate registration)',
                )}
                description={
                  <Link to={`/ho-ngheo/${h.mergedInto}`}>{t('Xem hộ giữ lại', 'Open the household that stays')}</Link>
                }
              />
            )}
            {candidates.length > 0 && (
              <Alert
                type="warning"
                showIcon
                closable
                style={{ marginBottom: 16 }}
                message={t('Có thể trùng với hộ đã đăng ký', 'Possibly the same as a registered household')}
                description={
                  <Space wrap>
                    {t(
                      'Cùng xã, cùng họ tên và năm sinh, hoặc cùng số CCCD:',
                      'Same commune, name and birth year, or the same ID number:',
                    )}
                    {candidates.map((c) => (
                      <Link key={c.id} to={`/ho-ngheo/${c.id}`}>
                        {c.code}
                      </Link>
                    ))}
                  </Space>
                }
              />
            )}
            <Row gutter={[16, 16]}>
              <Col xs={24} lg={9}>
                <HouseholdFacts h={h} transitions={transitions} indicatorLabel={indicatorLabel} />
              </Col>
              <Col xs={24} lg={15}>
                <IncomeChart assessments={assessments} />
                <HouseholdCommitments h={h} items={items} open={setDialog} />
                <HouseholdTimeline items={items} loading={timeline.isLoading} error={timeline.error} />
              </Col>
            </Row>
            <HouseholdDialogs h={h} dialog={dialog} close={() => setDialog(null)} standards={standards.data ?? []} />
          </>
        )}
      </QueryState>
    </div>
  );
}
