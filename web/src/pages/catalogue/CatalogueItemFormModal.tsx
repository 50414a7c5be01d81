import { useState } from 'react';
import type { FormEvent } from 'react';
import { Alert, Button, Group, Stack, Text } from '@mantine/core';
import { GuardedModal, useModalDirty } from '../../components/GuardedModal.tsx';
import { useNavigate } from 'react-router-dom';
import { ApiError } from '../../api.ts';
import { ProblemAlert } from '../../components/QueryState.tsx';
import { useCreateItem, useUpdateItem } from '../../data/catalogue.ts';
import { useI18n } from '../../i18n/i18n.ts';
import type { CatalogueItem } from '../../types/catalogue.ts';
import { emptyItemForm, itemFormOf, toItemChanges, toItemInput } from './catalogue-form.ts';
import { CatalogueItemFields, ITEM_FIELD_PATHS } from './CatalogueItemFields.tsx';

function ItemForm({ item, onDone }: { item?: CatalogueItem; onDone: () => void }) {
  const { t } = useI18n();
  const navigate = useNavigate();
  const create = useCreateItem();
  const update = useUpdateItem(item?.id ?? '');
  const mutation = item ? update : create;
  const [pristine] = useState(() => (item ? itemFormOf(item) : emptyItemForm()));
  const [values, setValues] = useState(pristine);
  const cancel = useModalDirty(values !== pristine && !mutation.isSuccess);
  const errors = mutation.error instanceof ApiError ? mutation.error.fieldErrors() : {};

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (item) update.mutate(toItemChanges(values), { onSuccess: onDone });
    else
      create.mutate(toItemInput(values), {
        onSuccess: ({ item: created }) => {
          onDone();
          void navigate(`/catalogue/${created.id}`);
        },
      });
  };

  return (
    <form onSubmit={submit} noValidate data-testid="item-form">
      <Stack gap="md">
        <Alert variant="light" color="indigo" p="xs">
          <Text size="xs">{t('catalogue.editNote')}</Text>
        </Alert>
        {mutation.isError && (
          <ProblemAlert error={mutation.error} shownFields={ITEM_FIELD_PATHS} testId="item-form-error" />
        )}
        <CatalogueItemFields
          values={values}
          creating={!item}
          errors={errors}
          onChange={(changes) => setValues((current) => ({ ...current, ...changes }))}
        />
        <Group justify="flex-end">
          <Button variant="default" onClick={cancel} data-testid="item-form-cancel">
            {t('common.cancel')}
          </Button>
          <Button type="submit" loading={mutation.isPending} data-testid="item-form-submit">
            {item ? t('common.save') : t('catalogue.create')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

/** Creates or edits a catalogue item (administrators). */
export function CatalogueItemFormModal({
  opened,
  item,
  onClose,
}: {
  opened: boolean;
  item?: CatalogueItem;
  onClose: () => void;
}) {
  const { t } = useI18n();
  return (
    <GuardedModal
      opened={opened}
      onClose={onClose}
      size="lg"
      title={item ? t('catalogue.editTitle') : t('catalogue.createTitle')}
      data-testid="item-form-modal"
    >
      {opened && <ItemForm item={item} onDone={onClose} />}
    </GuardedModal>
  );
}
