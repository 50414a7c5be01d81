import { Alert, Button, FileInput, Group, Image, Stack, Text } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, ApiError } from '../../api.ts';
import type { ResponseOf } from '../../api/shapes.ts';
import { fileInputTestId } from '../../components/fileInputTestId.ts';
import { readBase64 } from '../../data/upload.ts';
import { useI18n } from '../../i18n/i18n.ts';

type OrganisationResponse = ResponseOf<'/api/organisation', 'get'>;

/** PUT (a file) or DELETE (null) /api/organisation/logo: a new identity version (ADR 0034). */
function useChangeLogo() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (file: File | null) =>
      file
        ? api.put<OrganisationResponse>('/api/organisation/logo', { contentBase64: await readBase64(file) })
        : api.delete<OrganisationResponse>('/api/organisation/logo'),
    onSuccess: (data) => queryClient.setQueryData(['organisation'], data),
    onSettled: () => queryClient.invalidateQueries({ queryKey: ['organisation'] }),
  });
}

/**
 * The company logo printed at the top of every document: its preview, and for administrators the
 * upload (PNG or JPEG, 1 MB at most) and removal. Documents already issued keep their logo.
 */
export function LogoSection({ logoSha256, canWrite }: { logoSha256: string | null; canWrite: boolean }) {
  const { t } = useI18n();
  const change = useChangeLogo();
  const error =
    change.error instanceof ApiError ? (change.error.fieldErrors().logo ?? change.error.problem.title) : null;
  return (
    <Stack gap="xs" data-testid="organisation-logo">
      <Text fw={600}>{t('organisation.logo')}</Text>
      <Text size="sm" c="dimmed">
        {t('organisation.logoHelp')}
      </Text>
      {logoSha256 ? (
        // The sha256 in the address: a new logo is a new image, never a stale cached one.
        <Image
          src={`/api/organisation/logo?v=${logoSha256}`}
          alt={t('organisation.logoAlt')}
          h={60}
          w="auto"
          fit="contain"
          data-testid="organisation-logo-preview"
        />
      ) : (
        <Text size="sm" data-testid="organisation-logo-none">
          {t('organisation.logoNone')}
        </Text>
      )}
      {canWrite && (
        <Group align="flex-end">
          <FileInput
            label={t('organisation.logoUpload')}
            placeholder={t('organisation.logoChoose')}
            // Mantine's placeholder grey is too pale on white (contrast below 4.5:1).
            styles={{ placeholder: { color: 'var(--mantine-color-gray-7)' } }}
            accept="image/png,image/jpeg"
            clearable={false}
            value={null}
            disabled={change.isPending}
            onChange={(file) => file && change.mutate(file)}
            error={error}
            data-testid="organisation-logo-upload"
            fileInputProps={fileInputTestId('organisation-logo-file')}
          />
          {logoSha256 && (
            <Button
              variant="default"
              color="red"
              loading={change.isPending}
              onClick={() => change.mutate(null)}
              data-testid="organisation-logo-remove"
            >
              {t('organisation.logoRemove')}
            </Button>
          )}
        </Group>
      )}
      {change.isSuccess && (
        <Alert color="green" variant="light" data-testid="organisation-logo-saved">
          {t('organisation.logoSaved')}
        </Alert>
      )}
    </Stack>
  );
}
