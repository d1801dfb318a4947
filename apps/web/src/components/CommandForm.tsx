import { useEffect, useId, useState, type ReactNode } from 'react';
import { Alert, App, Button, Form, Modal, Space, type FormInstance } from 'antd';
import { useQueryClient } from '@tanstack/react-query';
import { ApiError, useCommand, type CommandResult, type FieldError } from '../lib/api';
import { enqueue, flushOutbox, newIdempotencyKey, outboxEntries } from '../lib/outbox';
import { compact, datesToIso } from '../lib/format';
import { useI18n } from '../lib/i18n';
import { FIELD_ERROR_LABELS } from '../lib/labels';

export const STALE_TEXT = [
  'Dữ liệu đã được người khác thay đổi — tải lại',
  'Someone else changed this record — reload',
] as const;

/** `items.0.name` → `['items', 0, 'name']`, the antd name path of a problem+json field. */
export function namePath(field: string): (string | number)[] {
  return field.split('.').map((p) => (/^\d+$/.test(p) ? Number(p) : p));
}

export function useFieldErrorText() {
  const { lang, label } = useI18n();
  return (e: FieldError) =>
    lang === 'vi' && Object.hasOwn(FIELD_ERROR_LABELS, e.code)
      ? label(FIELD_ERROR_LABELS, e.code)
      : e.message || label(FIELD_ERROR_LABELS, e.code);
}

/** The message for a failed command or query, by status (field errors are shown on the fields). */
export function useProblemText() {
  const { t } = useI18n();
  return (e: ApiError): string => {
    switch (e.status) {
      case 0:
        return t('Không kết nối được máy chủ', 'Cannot reach the server');
      case 400:
        return (
          t('Dữ liệu nhập chưa hợp lệ', 'Some fields are invalid') +
          (e.problem.errors?.length ? '' : `: ${e.problem.detail ?? ''}`)
        );
      case 401:
        return t('Phiên đăng nhập đã hết hạn', 'Your session has expired');
      case 403:
        return t('Bạn không có quyền thực hiện thao tác này', 'You are not allowed to do this');
      case 404:
        return t('Không tìm thấy dữ liệu', 'Not found');
      case 409:
        return `${t('Vi phạm quy tắc nghiệp vụ', 'Business rule violated')}: ${e.problem.detail ?? ''}`;
      case 412:
        return t(...STALE_TEXT);
      case 422:
        return t('Yêu cầu trùng khóa nhưng khác nội dung', 'Same idempotency key with another body');
      default:
        return `${t('Lỗi máy chủ', 'Server error')} (${e.status}): ${e.problem.detail ?? ''}`;
    }
  };
}

export interface CommandFormProps<V> {
  title: string;
  open: boolean;
  onClose(): void;
  path: string;
  /** The entity's revision, sent as If-Match. */
  ifMatch?: number | null;
  initialValues?: Partial<V>;
  /** Form values → request body (default: dates to ISO, blanks dropped). */
  toBody?(values: V): unknown;
  onDone?(result: CommandResult): void;
  submitText?: string;
  successText?: string;
  /**
   * The record may be made offline (ADR 0017): without a connection it waits in the outbox
   * with its Idempotency-Key and If-Match. `resource` is the GET path of the entity the person sees
   * (shown beside her version on a conflict); `title` names the record in the outbox.
   */
  offline?: { title: string | ((body: Record<string, unknown>) => string); resource: string | null };
  width?: number;
  children: ReactNode | ((form: FormInstance<V>) => ReactNode);
}

/**
 * One command as a form in a dialog: validation messages from problem+json go onto their fields,
 * a 409 shows the rule, a 412 asks to reload.
 */
export function CommandForm<V extends object>(props: CommandFormProps<V>) {
  const { t } = useI18n();
  const { message } = App.useApp();
  const [form] = Form.useForm<V>();
  const command = useCommand();
  const qc = useQueryClient();
  const problemText = useProblemText();
  const fieldText = useFieldErrorText();
  const [failure, setFailure] = useState<{ error: ApiError; unplaced: FieldError[] } | null>(null);
  const formId = useId().replace(/:/g, '');

  useEffect(() => {
    if (props.open) {
      setFailure(null);
      form.resetFields();
    }
  }, [props.open, form]);

  const queue = async (body: unknown, idempotencyKey: string) => {
    await enqueue({
      id: idempotencyKey,
      path: props.path,
      body,
      ifMatch: props.ifMatch ?? null,
      title:
        typeof props.offline!.title === 'function'
          ? props.offline!.title(body as Record<string, unknown>)
          : props.offline!.title,
      resource: props.offline!.resource,
    });
    message.info(t('Đã lưu, chờ gửi', 'Saved, waiting to send'));
    props.onClose();
    void flushOutbox();
  };

  const submit = async (values: V) => {
    setFailure(null);
    const body = props.toBody ? props.toBody(values) : compact(datesToIso(values));
    // Made now, kept with the record: however often it is sent, it is recorded once.
    const idempotencyKey = props.offline ? newIdempotencyKey() : undefined;
    // Offline, or earlier records still waiting: this one waits behind them, in order.
    if (props.offline && (!navigator.onLine || outboxEntries().some((x) => x.state === 'pending')))
      return queue(body, idempotencyKey!);
    try {
      const r = await command.mutateAsync({ path: props.path, body, ifMatch: props.ifMatch, idempotencyKey });
      message.success(props.successText ?? t('Đã ghi nhận', 'Saved'));
      props.onDone?.(r);
      props.onClose();
    } catch (e) {
      if (!(e instanceof ApiError)) throw e;
      if (props.offline && e.status === 0) return queue(body, idempotencyKey!);
      const errors =
        e.problem.errors ??
        (e.status === 400 && typeof e.problem.field === 'string'
          ? [{ field: e.problem.field, code: e.problem.code ?? '', message: e.problem.detail ?? '' }]
          : []);
      const registered = new Set(form.getFieldsError().map((f) => f.name.join('.')));
      const placed = errors.filter((x) => registered.has(namePath(x.field).join('.')));
      const byField = new Map<string, string[]>();
      for (const x of placed) byField.set(x.field, [...(byField.get(x.field) ?? []), fieldText(x)]);
      form.setFields([...byField].map(([field, msgs]) => ({ name: namePath(field) as never, errors: msgs })));
      setFailure({ error: e, unplaced: errors.filter((x) => !placed.includes(x)) });
    }
  };

  const reload = () => {
    void qc.invalidateQueries({ queryKey: ['api'] });
    props.onClose();
  };

  return (
    <Modal
      title={props.title}
      open={props.open}
      onCancel={props.onClose}
      width={props.width ?? 640}
      destroyOnHidden
      maskClosable={false}
      footer={
        <Space>
          <Button onClick={props.onClose}>{t('Hủy', 'Cancel')}</Button>
          <Button type="primary" htmlType="submit" form={formId} loading={command.isPending}>
            {props.submitText ?? t('Lưu', 'Save')}
          </Button>
        </Space>
      }
    >
      {failure && (
        <Alert
          type={failure.error.status === 412 ? 'warning' : 'error'}
          showIcon
          role="alert"
          style={{ marginBottom: 16 }}
          title={problemText(failure.error)}
          description={
            failure.unplaced.length ? (
              <ul style={{ margin: 0, paddingLeft: 18 }}>
                {failure.unplaced.map((x, i) => (
                  <li key={i}>
                    <code>{x.field}</code>: {fieldText(x)}
                  </li>
                ))}
              </ul>
            ) : failure.error.status === 409 && failure.error.problem.code ? (
              <code>{failure.error.problem.code}</code>
            ) : undefined
          }
          action={
            failure.error.status === 412 ? (
              <Button size="small" onClick={reload}>
                {t('Tải lại', 'Reload')}
              </Button>
            ) : undefined
          }
        />
      )}
      <Form<V>
        id={formId}
        name={formId}
        form={form}
        layout="vertical"
        initialValues={props.initialValues}
        onFinish={submit}
        scrollToFirstError
      >
        {typeof props.children === 'function' ? props.children(form) : props.children}
      </Form>
    </Modal>
  );
}
