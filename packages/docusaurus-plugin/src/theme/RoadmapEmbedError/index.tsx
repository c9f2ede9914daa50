import React from 'react';
import Translate from '@docusaurus/Translate';
import type {Props} from '@theme/RoadmapEmbedError';

/** Shown in place of an embed whose roadmap does not exist, so a typo is visible, not silent. */
export default function RoadmapEmbedError({roadmap, pluginId}: Props): React.ReactElement {
  return (
    <div className="alert alert--danger" role="alert" data-testid="roadmap-embed-error">
      <Translate id="roadmark.embed.notFound" values={{roadmap: <code>{roadmap}</code>, pluginId: <code>{pluginId}</code>}}>
        {'No roadmap {roadmap} in the roadmark plugin instance {pluginId}.'}
      </Translate>
    </div>
  );
}
