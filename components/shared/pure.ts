import { Component, h, type ComponentType, type VNode } from 'preact';

const sameProps = (a: object, b: object) => {
  const ka = Object.keys(a);
  return ka.length === Object.keys(b).length && ka.every((k) => Object.is(a[k as keyof object], b[k as keyof object]));
};

/**
 * A component that renders again only when one of its props changed (compared one by one): the sidebar re-renders on
 * every page change of a busy thread, and its reply list need not. Preact's own `memo` lives in preact/compat, which
 * this content script does not otherwise load.
 */
export function pure<P extends object>(Inner: ComponentType<P>): ComponentType<P> {
  class Pure extends Component<P> {
    override shouldComponentUpdate(next: P) {
      return !sameProps(this.props, next);
    }
    override render(): VNode {
      const Rendered = Inner as ComponentType<object>;
      return h(Rendered, this.props);
    }
  }
  return Pure;
}
