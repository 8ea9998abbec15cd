/**
 * The part of saxen's API the workbook reader uses (saxen 11 ships JavaScript only). Hooks as its
 * README documents them; `parse` returns the error it reported, or null.
 */
declare module 'saxen' {
  type Decode = (text: string) => string;
  type Context = () => { line: number; column: number; data: string };

  interface Hooks {
    openTag: (name: string, getAttrs: () => Record<string, string>, decode: Decode, selfClosing: boolean, getContext: Context) => void;
    closeTag: (name: string, decode: Decode, selfClosing: boolean, getContext: Context) => void;
    text: (value: string, decode: Decode, getContext: Context) => void;
    cdata: (value: string, getContext: Context) => void;
    attention: (value: string, decode: Decode, getContext: Context) => void;
    error: (error: Error, getContext: Context) => void;
  }

  export class Parser {
    constructor(options?: { proxy?: boolean });
    on<Name extends keyof Hooks>(name: Name, hook: Hooks[Name]): this;
    parse(xml: string): Error | null | undefined;
  }
}
