/** CSS modules (Vite): the class names of a `.module.css` file. */
declare module '*.module.css' {
  const classes: Readonly<Record<string, string>>;
  export default classes;
}
