# theme
