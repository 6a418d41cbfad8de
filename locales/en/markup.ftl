# markup
