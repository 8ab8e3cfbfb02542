"""Static checks over the UI's source (ast, nothing imported): every write announces what it
changed, and every data area a page listens for is announced by some write.

A *write* is a call, inside `with ….db.session() as session:`, that hands the session to a
function that writes: one that adds, deletes, merges or flushes through the session, executes an
UPDATE / INSERT / DELETE, changes an attribute of an object it got through the session, or calls
such a function with the session (followed through the services' imports). A session handed to a
callable the check cannot follow (a callback, `self._apply`) counts as a write.

Functions that only fill in defaults the first time something is read (`DEFAULTS_ONLY`) are not
followed: what they write was never shown before.

A write is *announced* when the function or method that contains it (with its nested functions)
calls `….changed(<areas>)` or `….undo_stack.push(…)` (an undo command announces when it runs), or
calls a method of its class or a function of the UI that does; or when every place that calls it
(by name: `self.method(`, `function(`, `DialogClass(` for an `__init__`) announces, as a dialog's
save callback is announced by the page that opens the dialog. The caller of `unannounced_writes`
may allow a few writes that change nothing a page shows, each with its reason.
"""

from __future__ import annotations

import ast
import importlib.util
from dataclasses import dataclass, field
from functools import cache, cached_property
from pathlib import Path

from tests import source_trees

ROOT = Path(__file__).resolve().parents[2]
SESSION_NAMES = {"session", "s"}
SESSION_WRITES = {"add", "add_all", "delete", "merge", "bulk_save_objects"}
DML = {"update", "insert", "delete", "sa_delete", "sa_update", "sa_insert"}
COLLECTION_WRITES = {"append", "extend", "remove", "clear", "discard", "pop", "insert"}
DEFAULTS_ONLY = {
    "app.services.evaluations.framework.ensure_framework",
    "app.services.evaluations.framework.ensure_adjectives",
    "app.services.schedule.modules.ensure_default_catalogue",
}


@dataclass
class Module:
    name: str
    path: Path
    tree: ast.Module
    lines: list[str]
    imports: dict[str, str] = field(default_factory=dict)  # local name -> dotted target
    functions: dict[str, ast.FunctionDef] = field(default_factory=dict)

    @classmethod
    def parse(
        cls, name: str, source: str, path: Path = Path("<memory>"), tree: ast.Module | None = None
    ) -> Module:
        """`tree`: `source` already parsed (tests/source_trees.py), else it is parsed here."""
        tree = tree or ast.parse(source)
        module = cls(name, path, tree, source.splitlines())
        package = name if path.name == "__init__.py" else name.rpartition(".")[0]
        for node in ast.walk(tree):  # imports inside functions too (they load services late)
            if isinstance(node, ast.ImportFrom):
                base = node.module or ""
                if node.level:
                    parent = package.rsplit(".", node.level - 1)[0] if node.level > 1 else package
                    base = f"{parent}.{base}" if base else parent
                for alias in node.names:
                    module.imports[alias.asname or alias.name] = f"{base}.{alias.name}"
            elif isinstance(node, ast.Import):
                for alias in node.names:
                    module.imports[alias.asname or alias.name.split(".")[0]] = (
                        alias.name if alias.asname else alias.name.split(".")[0]
                    )
        for node in tree.body:
            if isinstance(node, ast.FunctionDef):
                module.functions[node.name] = node
        return module


@cache
def load(name: str) -> Module | None:
    """The module `name` of the app, parsed (None when it is not the app's or not a module)."""
    if not name.startswith("app"):
        return None
    try:
        spec = importlib.util.find_spec(name)
    except (ImportError, ValueError):
        return None
    if spec is None or spec.origin is None or not spec.origin.endswith(".py"):
        return None
    return _parsed_file(name, Path(spec.origin))


def resolve(module: Module, dotted: str) -> tuple[Module, ast.FunctionDef] | None:
    """The function a dotted name (`people.create_person`, `record_tap`) means in `module`."""
    head, _, rest = dotted.partition(".")
    if not rest and head in module.functions:
        return module, module.functions[head]
    target = module.imports.get(head)
    if target is None:
        return None
    full = f"{target}.{rest}" if rest else target
    owner_name, _, function_name = full.rpartition(".")
    owner = load(owner_name)
    if owner is None:
        return None
    if function_name in owner.functions:
        return owner, owner.functions[function_name]
    if function_name in owner.imports:  # a re-export
        return resolve(owner, function_name)
    return None


def dotted_name(node: ast.AST) -> str | None:
    if isinstance(node, ast.Name):
        return node.id
    if isinstance(node, ast.Attribute):
        base = dotted_name(node.value)
        return f"{base}.{node.attr}" if base else None
    return None


def _mentions(node: ast.AST, names: set[str]) -> bool:
    return any(isinstance(n, ast.Name) and n.id in names for n in ast.walk(node))


def _session_params(function: ast.FunctionDef) -> set[str]:
    args = function.args.posonlyargs + function.args.args + function.args.kwonlyargs
    return {a.arg for a in args if a.arg in SESSION_NAMES}


def _hands_session(call: ast.Call, sessions: set[str]) -> bool:
    values = list(call.args) + [k.value for k in call.keywords]
    return any(isinstance(v, ast.Name) and v.id in sessions for v in values)


@cache
def writes(module_name: str, function_name: str) -> bool:
    """Whether the function writes through the session it is given (see the module's text)."""
    module = load(module_name)
    if module is None or function_name not in module.functions:
        return False
    return _writes(module, module.functions[function_name], set())


def _writes(module: Module, function: ast.FunctionDef, seen: set[int]) -> bool:
    if id(function) in seen or f"{module.name}.{function.name}" in DEFAULTS_ONLY:
        return False
    seen.add(id(function))
    sessions = _session_params(function)
    if not sessions:
        return False
    bound: set[str] = set()  # names holding objects got through the session
    for node in ast.walk(function):
        if isinstance(node, ast.Assign) and _mentions(node.value, sessions):
            bound |= {t.id for t in node.targets if isinstance(t, ast.Name)}
        elif isinstance(node, ast.For) and _mentions(node.iter, sessions):
            bound |= {n.id for n in ast.walk(node.target) if isinstance(n, ast.Name)}
    for node in ast.walk(function):
        if _writes_here(node, sessions, bound):
            return True
        if isinstance(node, ast.Call) and _hands_session(node, sessions):
            name = dotted_name(node.func)
            found = resolve(module, name) if name else None
            if found is not None and _writes(found[0], found[1], seen):
                return True
    return False


def _writes_here(node: ast.AST, sessions: set[str], bound: set[str]) -> bool:
    if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute):
        receiver = node.func.value
        if isinstance(receiver, ast.Name) and receiver.id in sessions:
            if node.func.attr in SESSION_WRITES:
                return True
            if node.func.attr == "execute" and node.args and _is_dml(node.args[0]):
                return True
        if (
            node.func.attr in COLLECTION_WRITES
            and isinstance(receiver, ast.Attribute)
            and isinstance(receiver.value, ast.Name)
            and receiver.value.id in bound
        ):
            return True
    if isinstance(node, ast.Call) and dotted_name(node.func) == "setattr" and node.args:
        return isinstance(node.args[0], ast.Name) and node.args[0].id in bound
    targets = (
        node.targets
        if isinstance(node, ast.Assign)
        else [node.target]
        if isinstance(node, ast.AugAssign)
        else []
    )
    return any(
        isinstance(t, ast.Attribute) and isinstance(t.value, ast.Name) and t.value.id in bound
        for t in targets
    )


def _is_dml(statement: ast.AST) -> bool:
    for node in ast.walk(statement):
        if isinstance(node, ast.Call):
            name = dotted_name(node.func) or ""
            if name.rpartition(".")[2] in DML:
                return True
        if isinstance(node, ast.Constant) and isinstance(node.value, str):
            if node.value.lstrip().upper().startswith(("UPDATE", "INSERT", "DELETE")):
                return True
    return False


# --- the UI side -------------------------------------------------------------------------------
@dataclass(frozen=True)
class Unannounced:
    module: str
    function: str
    line: int
    call: str

    def __str__(self) -> str:
        return (
            f"{self.module}:{self.line} {self.function}() writes ({self.call})"
            " and announces nothing"
        )


def _session_blocks(function: ast.AST):
    """(with node, session name) for each `with ….session() as name:` in the function."""
    for node in ast.walk(function):
        if isinstance(node, ast.With):
            for item in node.items:
                expr = item.context_expr
                if (
                    isinstance(expr, ast.Call)
                    and isinstance(expr.func, ast.Attribute)
                    and expr.func.attr == "session"
                    and isinstance(item.optional_vars, ast.Name)
                ):
                    yield node, item.optional_vars.id


def _write_in_block(module: Module, block: ast.With, session: str) -> str | None:
    """The first write in the block (as text), or None."""
    for statement in block.body:
        for node in ast.walk(statement):
            if _writes_here(node, {session}, set()):
                return ast.unparse(node)
            if isinstance(node, ast.Call) and _hands_session(node, {session}):
                name = dotted_name(node.func)
                found = resolve(module, name) if name else None
                if found is None or _writes(found[0], found[1], set()):
                    return ast.unparse(node.func)
    return None


def _announces_directly(function: ast.AST) -> bool:
    for node in ast.walk(function):
        if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute):
            name = dotted_name(node.func) or ""
            if node.func.attr == "changed" and (node.args or node.keywords):
                return True
            if name.endswith("undo_stack.push"):
                return True
    return False


def _announces(module: Module, methods: dict[str, ast.FunctionDef], function, seen) -> bool:
    if id(function) in seen:
        return False
    seen.add(id(function))
    if _announces_directly(function):
        return True
    for node in ast.walk(function):
        if not isinstance(node, ast.Call):
            continue
        name = dotted_name(node.func) or ""
        if name.startswith("self.") and name.count(".") == 1 and name[5:] in methods:
            if _announces(module, methods, methods[name[5:]], seen):
                return True
        elif name and not name.startswith("self."):
            found = resolve(module, name)
            if found is not None and found[0].name.startswith("app.ui"):
                if _announces(found[0], {}, found[1], seen):
                    return True
    return False


@dataclass
class Unit:
    """A function or method of the UI: where a write sits and where announcements are looked for."""

    module: Module
    qualname: str  # "function" or "Class.method"
    node: ast.FunctionDef
    methods: dict[str, ast.FunctionDef]

    @property
    def called_as(self) -> tuple[str, bool]:
        """The name its callers use, and whether only `self.` calls count."""
        owner, _, name = self.qualname.rpartition(".")
        if not owner:
            return name, False
        if name == "__init__":
            return owner, False
        return name, True

    def announces(self) -> bool:
        return _announces(self.module, self.methods, self.node, set())

    @cached_property
    def calls(self) -> frozenset[str]:
        """The dotted names it calls ("self.save", "people.create_person"; "" for the others),
        read once: every write's callers are looked for among all the units."""
        return frozenset(
            dotted_name(node.func) or ""
            for node in ast.walk(self.node)
            if isinstance(node, ast.Call)
        )

    @cached_property
    def calls_by_last_name(self) -> frozenset[str]:
        return frozenset(called.rpartition(".")[2] for called in self.calls)


def _units(modules: list[Module]) -> list[Unit]:
    units = []
    for module in modules:
        for node in module.tree.body:
            if isinstance(node, ast.FunctionDef):
                units.append(Unit(module, node.name, node, {}))
            elif isinstance(node, ast.ClassDef):
                methods = {f.name: f for f in node.body if isinstance(f, ast.FunctionDef)}
                for method in methods.values():
                    units.append(Unit(module, f"{node.name}.{method.name}", method, methods))
    return units


def _callers(unit: Unit, units: list[Unit]) -> list[Unit]:
    name, self_only = unit.called_as
    owner = unit.qualname.rpartition(".")[0]
    callers = []
    for other in units:
        if other is unit or (self_only and other.qualname.rpartition(".")[0] != owner):
            continue
        if (f"self.{name}" in other.calls) if self_only else (name in other.calls_by_last_name):
            callers.append(other)
    return callers


def _announced(unit: Unit, units: list[Unit], seen: set[int]) -> bool:
    """It announces, or it is called and every caller is announced."""
    if unit.announces():
        return True
    if id(unit) in seen:
        return False
    seen.add(id(unit))
    callers = _callers(unit, units)
    return bool(callers) and all(_announced(c, units, seen) for c in callers)


def unannounced_writes(modules: list[Module]) -> list[Unannounced]:
    """The writes in these UI modules that no announcement follows."""
    units = _units(modules)
    found: list[Unannounced] = []
    for unit in units:
        for block, session in _session_blocks(unit.node):
            call = _write_in_block(unit.module, block, session)
            if call is not None and not _announced(unit, units, set()):
                found.append(Unannounced(unit.module.name, unit.qualname, block.lineno, call))
    return found


def ui_modules() -> list[Module]:
    modules = []
    for path in source_trees.python_files(ROOT / "app" / "ui"):
        dotted = ".".join(path.relative_to(ROOT).with_suffix("").parts)
        dotted = dotted.removesuffix(".__init__")
        modules.append(_parsed_file(dotted, path))
    return modules


def _parsed_file(name: str, path: Path) -> Module:
    return Module.parse(name, source_trees.source(path), path, source_trees.tree(path))


# --- areas listened for and announced ----------------------------------------------------------
def _area_members(node: ast.AST) -> set[str]:
    return {
        n.attr
        for n in ast.walk(node)
        if isinstance(n, ast.Attribute) and isinstance(n.value, ast.Name) and n.value.id == "Area"
    }


def areas_listened_and_announced(modules: list[Module]) -> tuple[set[str], set[str]]:
    """Areas pages listen for (`refresh_on`, tests like `Area.X in areas`) and areas announced
    (every other use: `changed(Area.X)`, an undo command's area, a table's area)."""
    listened: set[str] = set()
    for module in modules:
        for node in ast.walk(module.tree):
            is_refresh_on = isinstance(node, ast.Assign) and any(
                isinstance(t, ast.Name) and t.id == "refresh_on" for t in node.targets
            )
            if is_refresh_on or isinstance(node, ast.Compare):
                listened |= _area_members(node)
    announced: set[str] = set()
    for module in modules:
        announced |= _announced_areas(module.tree)
    return listened, announced


def _announced_areas(tree: ast.AST) -> set[str]:
    out: set[str] = set()
    skip: set[int] = set()
    for node in ast.walk(tree):
        is_refresh_on = isinstance(node, ast.Assign) and any(
            isinstance(t, ast.Name) and t.id == "refresh_on" for t in node.targets
        )
        if is_refresh_on or isinstance(node, ast.Compare):
            skip |= {id(n) for n in ast.walk(node)}
    for node in ast.walk(tree):
        if (
            id(node) not in skip
            and isinstance(node, ast.Attribute)
            and isinstance(node.value, ast.Name)
            and node.value.id == "Area"
        ):
            out.add(node.attr)
    return out
