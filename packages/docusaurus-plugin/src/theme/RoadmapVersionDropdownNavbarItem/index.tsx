/**
 * Navbar dropdown of a roadmap instance's versions (navbar item type
 * `custom-roadmapVersionDropdown`, with `roadmapPluginId` for a second
 * instance). Keeps the reader on the same roadmap and view when the chosen
 * version has it, else goes to the version's home; shows the version of the
 * current page, or the last version outside the instance's pages.
 */
import React from 'react';
import {useLocation} from '@docusaurus/router';
import {usePluginData} from '@docusaurus/useGlobalData';
import {translate} from '@docusaurus/Translate';
import DefaultNavbarItem from '@theme/NavbarItem/DefaultNavbarItem';
import DropdownNavbarItem from '@theme/NavbarItem/DropdownNavbarItem';
import type {LinkLikeNavbarItemProps} from '@theme/NavbarItem';
import {locateVersion, versionTarget, type RoadmapGlobalData} from 'docusaurus-plugin-roadmark/client';
import type {Props} from '@theme/RoadmapVersionDropdownNavbarItem';

const PLUGIN_NAME = 'docusaurus-plugin-roadmark';

export default function RoadmapVersionDropdownNavbarItem({
  mobile,
  roadmapPluginId = 'default',
  dropdownActiveClassDisabled,
  dropdownItemsBefore = [],
  dropdownItemsAfter = [],
  ...props
}: Props): React.ReactNode {
  // failfast: a wrong `roadmapPluginId` stops the build with Docusaurus's own message.
  const data = usePluginData(PLUGIN_NAME, roadmapPluginId, {failfast: true}) as RoadmapGlobalData;
  const {pathname, search, hash} = useLocation();
  const {versions} = data;
  // History pages live under the instance's base (`<base>/changes` names it; the last version may have a path of its own).
  const basePath = data.changesPermalink ? data.changesPermalink.replace(/\/changes\/?$/, '') : data.path;
  const here = locateVersion(pathname, versions, basePath);
  const displayed = here.version ?? versions.find((v) => v.name === data.lastVersion) ?? versions[0];
  if (!displayed) return null;

  const targetOf = (version: (typeof versions)[number]): string => {
    const target = versionTarget(here, version, data.comparisonPermalink !== null);
    // Filters and the item anchor still make sense on the same roadmap in another version.
    const sameRoadmap = here.slug !== null && version.roadmaps.includes(here.slug);
    return sameRoadmap ? `${target}${search}${hash}` : target;
  };

  const items: LinkLikeNavbarItemProps[] = [
    ...dropdownItemsBefore,
    ...versions.map(
      (version): LinkLikeNavbarItemProps => ({
        label: version.label,
        to: targetOf(version),
        isActive: () => here.version?.name === version.name,
        'data-version': version.name,
      } as LinkLikeNavbarItemProps),
    ),
    ...dropdownItemsAfter,
  ];

  // Desktop shows the version; the mobile menu lists the versions under the item's label (several instances need theirs).
  const label =
    mobile && items.length > 1
      ? (props.label ?? translate({id: 'roadmark.version.navbar.mobileLabel', message: 'Roadmap versions', description: 'The label of the roadmap versions dropdown in the mobile navbar'}))
      : displayed.label;
  // The button itself leads to the shown version (the same page when already in it).
  const to = mobile && items.length > 1 ? undefined : targetOf(displayed);

  if (items.length <= 1) {
    return <DefaultNavbarItem {...props} mobile={mobile} label={label} to={to} isActive={dropdownActiveClassDisabled ? () => false : undefined} />;
  }
  return <DropdownNavbarItem {...props} mobile={mobile} label={label} to={to} items={items} isActive={dropdownActiveClassDisabled ? () => false : undefined} />;
}
