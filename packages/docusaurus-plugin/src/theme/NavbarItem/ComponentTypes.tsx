/**
 * Registers the navbar item type `custom-roadmapVersionDropdown`, so a site can
 * add the roadmap version dropdown from its config with no swizzling. Enhances
 * the theme's own map through `@theme-init` (the classic theme's), so one copy
 * serves every plugin instance. Theme-classic only accepts extra item types
 * whose names start with `custom-`.
 */
import ComponentTypesInit from '@theme-init/NavbarItem/ComponentTypes';
import RoadmapVersionDropdownNavbarItem from '@theme/RoadmapVersionDropdownNavbarItem';
import type {ComponentTypesObject} from '@theme/NavbarItem/ComponentTypes';

const ComponentTypes: ComponentTypesObject = {
  ...(ComponentTypesInit as ComponentTypesObject),
  'custom-roadmapVersionDropdown': RoadmapVersionDropdownNavbarItem,
};

export default ComponentTypes;
