/**
 * i18n of content-derived labels: theme labels and roadmap titles go into
 * `i18n/<locale>/docusaurus-plugin-roadmark[-id]/labels.json`; UI strings use
 * <Translate> ids `roadmark.*` in the theme and land in code.json.
 */
import type {TranslationFile, TranslationFileContent} from '@docusaurus/types';
import type {LoadedContent} from '../load/types.js';

const FILE = 'labels';

const themeKey = (id: string) => `theme.${id}.label`;
const titleKey = (slug: string) => `roadmap.${slug}.title`;

export function getTranslationFiles(content: LoadedContent): TranslationFile[] {
  const messages: TranslationFileContent = {};
  // Newest version first: a title or label that changed over time is translated as it reads now.
  for (const file of content.versions.flatMap((v) => v.files)) {
    messages[titleKey(file.slug)] ??= {
      message: file.title,
      description: `The title of the roadmap ${file.source}`,
    };
    for (const theme of file.roadmap.themes) {
      messages[themeKey(theme.id)] ??= {
        message: theme.label,
        description: `The label of the roadmap theme "${theme.id}"`,
      };
    }
  }
  return [{path: FILE, content: messages}];
}

export function translateContent(
  content: LoadedContent,
  translationFiles: TranslationFile[],
): LoadedContent {
  const messages = translationFiles.find((f) => f.path === FILE)?.content ?? {};
  const translated = (key: string, fallback: string) => messages[key]?.message ?? fallback;
  return {
    ...content,
    versions: content.versions.map((version) => ({
      ...version,
      files: version.files.map((file) => ({
        ...file,
        title: translated(titleKey(file.slug), file.title),
        roadmap: {
          ...file.roadmap,
          themes: file.roadmap.themes.map((theme) => ({
            ...theme,
            label: translated(themeKey(theme.id), theme.label),
          })),
        },
      })),
    })),
  };
}
