import { SegmentedControl } from '@mantine/core';
import { useQueryClient } from '@tanstack/react-query';
import { useI18n } from '../i18n/i18n.ts';
import type { Lang } from '../i18n/i18n.ts';

/** FR/EN switch; the choice is stored in localStorage and sent as Accept-Language. */
export function LangSwitch() {
  const { lang, setLang, t } = useI18n();
  const queryClient = useQueryClient();
  const change = (value: string) => {
    setLang(value === 'en' ? 'en' : 'fr');
    // Server texts that are not bilingual (problem titles) follow the new Accept-Language.
    void queryClient.invalidateQueries({ predicate: (query) => query.state.status === 'error' });
  };
  return (
    <SegmentedControl<Lang>
      size="xs"
      value={lang}
      onChange={change}
      aria-label={t('lang.label')}
      data-testid="lang-switch"
      data={[
        {
          value: 'fr',
          label: (
            <span data-testid="lang-fr" lang="fr" title="Français">
              {t('lang.fr')}
            </span>
          ),
        },
        {
          value: 'en',
          label: (
            <span data-testid="lang-en" lang="en" title="English">
              {t('lang.en')}
            </span>
          ),
        },
      ]}
    />
  );
}
