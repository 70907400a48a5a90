import Handlebars from 'handlebars'
import { contentKey, readPrebuilt } from '../assets/prebuilt.js'

/**
 * Handlebars' options for every template of the page. Handlebars adds its own fields to the
 * object it is given, so each call gets a copy (and the key stays the same).
 */
export const compileOptions: Readonly<CompileOptions> = Object.freeze({ strict: true })

/** Precompiled templates (`Handlebars.precompile`'s JavaScript) by the content key of their source. */
export type PrecompiledTemplates = ReadonlyMap<string, string>

/** The key of a template: its source, the compile options and the Handlebars version. */
export function templateKey(source: string): string {
  return contentKey('handlebars', Handlebars.VERSION, JSON.stringify(compileOptions), source)
}

/** `source` precompiled (the JavaScript of its template spec), as the build stores it. */
export function precompileTemplate(source: string): string {
  return Handlebars.precompile(source, { ...compileOptions }) as string
}

/** Where the build stores the precompiled templates, under `dist/assets/`. */
export const prebuiltTemplatesName = 'templates.json'

let prebuilt: PrecompiledTemplates | undefined

/** The templates the build precompiled (none when it has not run, e.g. tests on `src/`). */
export function prebuiltTemplates(): PrecompiledTemplates {
  if (!prebuilt) {
    const bytes = readPrebuilt(prebuiltTemplatesName)
    const specs = bytes ? (JSON.parse(bytes.toString('utf8')) as Record<string, string>) : {}
    prebuilt = new Map(Object.entries(specs))
  }
  return prebuilt
}

/**
 * `source` as a template of the environment `hbs`: from its precompiled form when `precompiled`
 * has it (no parsing or code generation at run time, ~0.2 s less on the first page of a
 * process), else compiled here. Both give the same function, so the same page.
 */
export function compileTemplate(
  hbs: typeof Handlebars,
  source: string,
  precompiled: PrecompiledTemplates,
): HandlebarsTemplateDelegate {
  const spec = precompiled.get(templateKey(source))
  if (spec === undefined) return hbs.compile(source, { ...compileOptions })
  // The spec is the JavaScript object literal that Handlebars.precompile wrote at build time.
  return hbs.template(new Function(`return (${spec})`)() as TemplateSpecification)
}
