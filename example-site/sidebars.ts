import type {SidebarsConfig} from '@docusaurus/plugin-content-docs';

const sidebars: SidebarsConfig = {
  guide: ['intro', 'adding-the-plugin', 'versions', 'embedding'],
};

export default sidebars;
