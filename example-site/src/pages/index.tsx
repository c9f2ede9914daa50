import React from 'react';
import Link from '@docusaurus/Link';
import Layout from '@theme/Layout';
import useDocusaurusContext from '@docusaurus/useDocusaurusContext';

const entries = [
  {to: '/roadmap', title: 'ML framework roadmaps', text: 'AllenNLP, TensorFlow and MindSpore, normalized to one set of themes.'},
  {to: '/roadmap/compare', title: 'Compare themes', text: 'Which project plans mixed precision, distributed training, a model zoo, mobile inference, docs?'},
  {to: '/projects', title: 'Open-source project roadmaps', text: 'Qdrant, Feast, Kubeflow, Backstage, APL, Kurator: quarters, halves, releases, checkboxes.'},
  {to: '/handbook-roadmaps', title: 'Fiscal quarters', text: 'A roadmap planned in FY quarters, with a year that starts in February.'},
  {to: '/docs/adding-the-plugin', title: 'Add it to your site', text: 'One entry in docusaurus.config, one folder of markdown.'},
];

export default function Home(): React.ReactElement {
  const {siteConfig} = useDocusaurusContext();
  return (
    <Layout title="Roadmap timelines for Docusaurus" description={siteConfig.tagline}>
      <header className="hero hero--primary">
        <div className="container">
          <h1 className="hero__title">{siteConfig.title}</h1>
          <p className="hero__subtitle">{siteConfig.tagline}</p>
          <Link className="button button--secondary button--lg" to="/roadmap">
            See the roadmaps
          </Link>
        </div>
      </header>
      <main className="container margin-vert--lg">
        <div className="row">
          {entries.map((entry) => (
            <div key={entry.to} className="col col--4 margin-bottom--lg">
              <div className="card shadow--md" style={{height: '100%'}}>
                <div className="card__header">
                  <h2>
                    <Link to={entry.to}>{entry.title}</Link>
                  </h2>
                </div>
                <div className="card__body">
                  <p>{entry.text}</p>
                </div>
              </div>
            </div>
          ))}
        </div>
      </main>
    </Layout>
  );
}
