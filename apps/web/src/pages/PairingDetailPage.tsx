import { useState } from 'react';
import { useNavigate, useParams } from 'react-router-dom';
import { Button, Col, Row } from 'antd';
import { ArrowLeftOutlined, PlusOutlined } from '@ant-design/icons';
import { useApi, withQuery, type Page } from '../lib/api';
import { useAuth, usePermissions } from '../lib/auth';
import { useI18n } from '../lib/i18n';
import { ActivityForm } from '../components/ActivityForm';
import { PageTitle, QueryState, useNames } from '../components/common';
import type { Pairing } from './PairingsPage';
import { ActivityTimeline, activityIdOf, recordOf, type ActivityRow } from './pairing-detail/ActivityTimeline';
import { PairingDialogs } from './pairing-detail/PairingDialogs';
import { PairingFacts } from './pairing-detail/PairingFacts';
import { PlanVsActual } from './pairing-detail/PlanVsActual';

const ACTIVITIES_PER_PAGE = 20;

/** One pairing: its plans, its activity timeline (by year, a page at a time), and the commands its people may send. */
export function PairingDetailPage() {
  const { id } = useParams<{ id: string }>();
  const { t } = useI18n();
  const navigate = useNavigate();
  const can = usePermissions();
  const { user } = useAuth();
  const names = useNames();
  const pairing = useApi<Pairing>(`/api/pairings/${id}`);
  const [showVoided, setShowVoided] = useState(false);
  const [year, setYear] = useState<number | null>(null);
  const [page, setPage] = useState(1);
  const activities = useApi<Page<ActivityRow>>(
    withQuery('/api/activities', {
      pairingId: id,
      includeVoided: showVoided ? 'true' : undefined,
      from: year ? `${year}-01-01` : undefined,
      to: year ? `${year}-12-31` : undefined,
      limit: ACTIVITIES_PER_PAGE,
      offset: (page - 1) * ACTIVITIES_PER_PAGE,
    }),
  );
  const [recording, setRecording] = useState(false);
  const [correcting, setCorrecting] = useState<ActivityRow | null>(null);
  const [voiding, setVoiding] = useState<ActivityRow | null>(null);
  const [planOpen, setPlanOpen] = useState(false);
  const [endOpen, setEndOpen] = useState(false);

  const p = pairing.data;
  const mayRecord = !!p && can.recordActivity(p);
  const mayCorrect = !!p && can.correctActivity(p);
  const mayPlan = !!p && (can.managePairings || (user?.role === 'staff' && user.organizationId === p.organizationId));
  const rows = [...(activities.data?.items ?? [])].sort((a, b) =>
    (b.occurredOn ?? '').localeCompare(a.occurredOn ?? ''),
  );
  const thisYear = new Date().getFullYear();
  const firstYear = Number((p?.establishedOn ?? `${thisYear}`).slice(0, 4));
  const years = Array.from({ length: Math.max(1, thisYear - firstYear + 1) }, (_, i) => thisYear - i);

  return (
    <div>
      <Button
        type="link"
        icon={<ArrowLeftOutlined />}
        onClick={() => navigate('/ket-nghia')}
        style={{ paddingLeft: 0 }}
      >
        {t('Danh sách kết nghĩa', 'All pairings')}
      </Button>
      <QueryState loading={pairing.isLoading} error={pairing.error}>
        {p && (
          <>
            <PageTitle
              extra={
                <>
                  {mayRecord && p.status === 'active' && (
                    <Button type="primary" icon={<PlusOutlined />} onClick={() => setRecording(true)}>
                      {t('Ghi nhận hoạt động', 'Record an activity')}
                    </Button>
                  )}
                  {mayPlan && p.status === 'active' && (
                    <Button onClick={() => setPlanOpen(true)}>
                      {t('Thông qua kế hoạch năm', 'Adopt a yearly plan')}
                    </Button>
                  )}
                  {can.managePairings && p.status === 'active' && (
                    <Button danger onClick={() => setEndOpen(true)}>
                      {t('Kết thúc kết nghĩa', 'End the pairing')}
                    </Button>
                  )}
                </>
              }
            >
              {names.orgName(p.organizationId)} ↔ {names.unitName(p.adminUnitId)}
            </PageTitle>
            <Row gutter={[16, 16]}>
              <Col xs={24} lg={10}>
                <PairingFacts p={p} />
                <PlanVsActual pairingId={p.id} />
              </Col>
              <Col xs={24} lg={14}>
                <ActivityTimeline
                  rows={rows}
                  loading={activities.isLoading}
                  error={activities.error}
                  showVoided={showVoided}
                  setShowVoided={(v) => {
                    setShowVoided(v);
                    setPage(1);
                  }}
                  years={years}
                  year={year}
                  setYear={(y) => {
                    setYear(y);
                    setPage(1);
                  }}
                  page={page}
                  pageSize={ACTIVITIES_PER_PAGE}
                  total={activities.data?.total ?? 0}
                  setPage={setPage}
                  mayCorrect={mayCorrect}
                  setCorrecting={setCorrecting}
                  setVoiding={setVoiding}
                />
              </Col>
            </Row>

            <ActivityForm
              open={recording}
              onClose={() => setRecording(false)}
              pairingId={p.id}
              adminUnitId={p.adminUnitId}
              organizationId={p.organizationId}
              initiatorFixed={user?.role === 'commune_officer' ? 'commune' : null}
            />
            {correcting && (
              <ActivityForm
                open
                onClose={() => setCorrecting(null)}
                pairingId={p.id}
                adminUnitId={p.adminUnitId}
                organizationId={p.organizationId}
                revision={p.revision}
                correcting={{
                  activityId: activityIdOf(correcting),
                  record: { ...recordOf(correcting), kind: correcting.kind },
                }}
              />
            )}
            <PairingDialogs
              p={p}
              voiding={voiding}
              setVoiding={setVoiding}
              planOpen={planOpen}
              setPlanOpen={setPlanOpen}
              endOpen={endOpen}
              setEndOpen={setEndOpen}
            />
          </>
        )}
      </QueryState>
    </div>
  );
}
