// A feature's sub-navigation: plain links (the address is the state, so Back works), the current one marked for eyes
// and screen readers.
import './SubNav.css';

export interface SubNavLink {
  href: string;
  label: string;
  current: boolean;
}

export function SubNav({ label, links }: { label: string; links: readonly SubNavLink[] }) {
  return (
    <nav className="subnav" aria-label={label}>
      {links.map((link) => (
        <a key={link.href} className="subnav__link" href={link.href} aria-current={link.current ? 'page' : undefined}>
          {link.label}
        </a>
      ))}
    </nav>
  );
}
