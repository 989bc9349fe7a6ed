// The left sidebar: every screen, with its icon and a label that is always visible.
import { ChartroomMark } from '../ui';
import { navigationGroups, settingsEntry, type NavigationEntry } from './navigation';
import { hashFor } from './routes';
import { useRouteStore } from './route-store';

export function Sidebar() {
  return (
    <nav className="sidebar" aria-label="Chartroom">
      <div className="sidebar__brand">
        <ChartroomMark />
        <span className="sidebar__wordmark">Chartroom</span>
      </div>
      <div className="sidebar__groups">
        {navigationGroups.map((group, index) => (
          <div key={group.heading ?? index} className="sidebar__group">
            {group.heading && <div className="sidebar__heading">{group.heading}</div>}
            <ul className="sidebar__list">
              {group.entries.map((entry) => (
                <SidebarLink key={entry.route} entry={entry} />
              ))}
            </ul>
          </div>
        ))}
      </div>
      <ul className="sidebar__list sidebar__foot">
        <SidebarLink entry={settingsEntry} />
      </ul>
    </nav>
  );
}

function SidebarLink({ entry }: { entry: NavigationEntry }) {
  const current = useRouteStore((state) => state.route === entry.route);
  const navigate = useRouteStore((state) => state.navigate);
  const Icon = entry.icon;
  return (
    <li>
      <a
        href={hashFor(entry.route)}
        className="sidebar__link"
        aria-current={current ? 'page' : undefined}
        onClick={(event) => {
          event.preventDefault();
          navigate(entry.route);
        }}
      >
        <Icon className="sidebar__icon" />
        <span>{entry.label}</span>
      </a>
    </li>
  );
}
