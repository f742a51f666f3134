import * as React from "react";

export function Note(props: { html: string }): React.ReactElement {
  // ruleid: react-dangerously-set-inner-html
  return React.createElement("div", { dangerouslySetInnerHTML: { __html: props.html } });
}

export function Rule(): React.ReactElement {
  // ok: react-dangerously-set-inner-html
  return React.createElement("div", { dangerouslySetInnerHTML: { __html: "<hr>" } });
}
