import { useEffect, useState } from 'react';
import { Form, Input, Select, Typography } from 'antd';
import { useNavigate } from 'react-router-dom';
import { get, withQuery, type Page } from '../../lib/api';
import { useI18n } from '../../lib/i18n';
import { CommandForm } from '../../components/CommandForm';
import { useHeadName, type Household } from '../HouseholdsPage';

interface Props {
  h: Household;
  open: boolean;
  close: () => void;
}

/** Gộp vào hộ khác: a supervisor merges this duplicate registration into the household that stays. */
export function MergeDialog({ h, open, close }: Props) {
  const { t } = useI18n();
  const navigate = useNavigate();
  const headName = useHeadName();
  const [q, setQ] = useState('');
  const [options, setOptions] = useState<{ value: string; label: string }[]>([]);
  const req = { required: true, message: t('Bắt buộc nhập', 'Required') };

  useEffect(() => {
    if (!open || q.trim().length < 2) return;
    const abort = new AbortController();
    get<Page<Household>>(withQuery('/api/households', { q: q.trim(), limit: 10 }), abort.signal)
      .then((page) =>
        setOptions(
          page.items
            .filter((x) => x.id !== h.id)
            .map((x) => ({ value: x.id, label: `${x.code} — ${headName(x.head)}` })),
        ),
      )
      .catch(() => undefined);
    return () => abort.abort();
  }, [q, open, h.id, headName]);

  return (
    <CommandForm<Record<string, unknown>>
      title={t('Gộp vào hộ khác', 'Merge into another household')}
      open={open}
      onClose={close}
      ifMatch={h.revision}
      path={`/api/households/${h.id}/merge-into`}
      submitText={t('Gộp hộ', 'Merge')}
      successText={t('Đã gộp hộ', 'Household merged')}
      onDone={(r) => navigate(`/ho-ngheo/${(r as { survivorId?: string }).survivorId ?? h.id}`)}
    >
      <Typography.Paragraph type="warning">
        {t(
          `Hộ ${h.code} là đăng ký trùng: sau khi gộp, hộ này chỉ còn để tra cứu; lịch sử được hiển thị cùng hộ giữ lại.`,
          `Household ${h.code} is a duplicate registration: once merged it is read-only; its history shows with the household that stays.`,
        )}
      </Typography.Paragraph>
      <Form.Item label={t('Hộ giữ lại', 'Household that stays')} name="survivorId" rules={[req]}>
        <Select
          showSearch
          filterOption={false}
          onSearch={setQ}
          options={options}
          placeholder={t('Nhập mã hộ hoặc tên chủ hộ', 'Type a code or the head’s name')}
          notFoundContent={q.trim().length < 2 ? null : t('Không tìm thấy hộ', 'No household found')}
        />
      </Form.Item>
      <Form.Item label={t('Lý do gộp', 'Reason')} name="reason" rules={[req]}>
        <Input.TextArea rows={3} />
      </Form.Item>
    </CommandForm>
  );
}
