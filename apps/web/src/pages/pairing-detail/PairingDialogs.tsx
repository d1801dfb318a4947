import { Col, Form, Input, InputNumber, Row, Typography } from 'antd';
import { CommandForm } from '../../components/CommandForm';
import { DateInput, MoneyInput } from '../../components/common';
import { fmtDate } from '../../lib/format';
import { useI18n } from '../../lib/i18n';
import { ACTIVITY_KIND_LABELS, ACTIVITY_KINDS } from '../../lib/labels';
import type { Pairing } from '../PairingsPage';
import { activityIdOf, type ActivityRow } from './ActivityTimeline';

interface Props {
  p: Pairing;
  voiding: ActivityRow | null;
  setVoiding: (row: ActivityRow | null) => void;
  planOpen: boolean;
  setPlanOpen: (open: boolean) => void;
  endOpen: boolean;
  setEndOpen: (open: boolean) => void;
}

/** Voiding an activity record, adopting a yearly plan, ending the pairing. */
export function PairingDialogs({ p, voiding, setVoiding, planOpen, setPlanOpen, endOpen, setEndOpen }: Props) {
  const { t, label } = useI18n();
  const req = { required: true, message: t('Bắt buộc nhập', 'Required') };
  return (
    <>
      {voiding && (
        <CommandForm<Record<string, unknown>>
          title={`${t('Hủy bản ghi hoạt động', 'Void the activity')} (${label(ACTIVITY_KIND_LABELS, voiding.kind)}, ${fmtDate(voiding.occurredOn)})`}
          open
          onClose={() => setVoiding(null)}
          path={`/api/pairings/${p.id}/activities/${activityIdOf(voiding)}/void`}
          ifMatch={p.revision}
          submitText={t('Hủy bản ghi', 'Void')}
        >
          <Form.Item label={t('Lý do', 'Reason')} name="reason" rules={[req]}>
            <Input.TextArea rows={3} />
          </Form.Item>
        </CommandForm>
      )}
      <CommandForm<Record<string, unknown>>
        title={t('Thông qua kế hoạch năm', 'Adopt a yearly plan')}
        open={planOpen}
        onClose={() => setPlanOpen(false)}
        path={`/api/pairings/${p.id}/plans`}
        ifMatch={p.revision}
        initialValues={{ year: new Date().getFullYear(), plannedActivities: {}, objectivesText: '' }}
        toBody={(v) => ({
          year: v.year,
          objectives: String(v.objectivesText ?? '')
            .split('\n')
            .map((s) => s.trim())
            .filter(Boolean),
          plannedActivities: Object.fromEntries(
            Object.entries((v.plannedActivities as Record<string, number | null>) ?? {}).filter(
              ([, n]) => typeof n === 'number' && n > 0,
            ),
          ),
          budgetVnd: v.budgetVnd ?? 0,
        })}
      >
        <Form.Item label={t('Năm', 'Year')} name="year" rules={[req]}>
          <InputNumber min={2000} max={2100} precision={0} />
        </Form.Item>
        <Form.Item
          label={t('Mục tiêu (mỗi dòng một mục tiêu)', 'Objectives (one per line)')}
          name="objectivesText"
          rules={[req]}
        >
          <Input.TextArea rows={3} />
        </Form.Item>
        <Typography.Text strong>{t('Số hoạt động dự kiến', 'Planned activities')}</Typography.Text>
        <Row gutter={8}>
          {ACTIVITY_KINDS.map((k) => (
            <Col xs={12} md={8} key={k}>
              <Form.Item label={label(ACTIVITY_KIND_LABELS, k)} name={['plannedActivities', k]}>
                <InputNumber min={0} precision={0} style={{ width: '100%' }} />
              </Form.Item>
            </Col>
          ))}
        </Row>
        <Form.Item label={t('Kinh phí dự kiến (VND)', 'Budget (VND)')} name="budgetVnd" rules={[req]}>
          <MoneyInput />
        </Form.Item>
      </CommandForm>
      <CommandForm<Record<string, unknown>>
        title={t('Kết thúc kết nghĩa', 'End the pairing')}
        open={endOpen}
        onClose={() => setEndOpen(false)}
        path={`/api/pairings/${p.id}/end`}
        ifMatch={p.revision}
        submitText={t('Kết thúc', 'End')}
      >
        <Form.Item label={t('Ngày kết thúc', 'Ended on')} name="endedOn" rules={[req]}>
          <DateInput past />
        </Form.Item>
        <Form.Item label={t('Lý do', 'Reason')} name="reason" rules={[req]}>
          <Input.TextArea rows={3} />
        </Form.Item>
      </CommandForm>
    </>
  );
}
