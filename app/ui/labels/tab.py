"""The Labels tab: products and counts, production date, sheet template, labels already used;
preview then print or save. Also the sheet settings: calibration page, printer offset, own
templates.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, QLocale, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDoubleSpinBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from app.i18n import LANGUAGE_NAMES, fill, format_date, list_separator
from app.services.errors import ValidationError
from app.services.labels import content
from app.services.labels import templates as label_templates
from app.services.labels.templates import LabelTemplate
from app.services.people.cooperative import label_language
from app.ui.areas import Area
from app.ui.dialogs import add_field_rows
from app.ui.field_errors import FieldErrors
from app.ui.labels.commands import DeleteTemplate
from app.ui.labels.model import COUNT_COLUMN, CountDelegate, ProductsModel
from app.ui.labels.sheet_map import SheetMap
from app.ui.labels.template_dialog import TemplateDialog
from app.ui.style import Role, set_role, size_by_font
from app.ui.tab_page import TabPage
from app.ui.table_view import name_column_takes_the_room, read_only_table, select_row
from app.ui.widgets import button, combo_box, date_edit, hbox, named


def _qdate(day: dt.date) -> QDate:
    return QDate(day.year, day.month, day.day)


def _pydate(day: QDate) -> dt.date:
    return dt.date(day.year(), day.month(), day.day())


class LabelsTab(TabPage):
    object_name = "labels"
    refresh_on = frozenset({Area.MENUS, Area.COOPERATIVE, Area.LABELS})

    def __init__(self, ctx):
        super().__init__(ctx)
        self._templates: list[LabelTemplate] = []
        self._refused_recipe: int | None = None
        self._counts_to_put_back: dict[int, int] = {}  # typed in a replaced window
        self.job_error = QLabel()
        self.errors = FieldErrors(self.job_error)
        products_box = self._build_products()
        right = QVBoxLayout()
        right.addWidget(self._build_print_job())
        right.addWidget(self._build_sheet_settings())
        right.addStretch(1)
        right_widget = QWidget()
        right_widget.setLayout(right)
        size_by_font(right_widget, max_width=74)
        layout = QHBoxLayout(self)
        layout.addWidget(products_box, 1)
        layout.addWidget(right_widget)
        print_shortcut = QShortcut(QKeySequence.StandardKey.Print, self, self.print_labels)
        print_shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)

        with self.ctx.db.session() as session:
            last_template, last_date = content.last_job(session)
        self.production_date.setDate(_qdate(last_date or self.ctx.today()))
        self._update_date_notice()
        self._wanted_template = last_template

    # --- building ------------------------------------------------------------------------------
    def _build_products(self) -> QGroupBox:
        """Step 1: the products, a number of labels typed on each row."""
        self.model = ProductsModel(self._complete_products, self)
        self.model.dataChanged.connect(lambda *_: self._update_summary())
        self.table = read_only_table(
            "label_products", self.tr("Produits et nombre d'étiquettes"), self.model
        )
        self.table.setItemDelegateForColumn(COUNT_COLUMN, CountDelegate(self.table))
        self.table.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.SelectedClicked
            | QAbstractItemView.EditTrigger.AnyKeyPressed
        )
        # The name and the state (what is missing) share the room left; the state wraps onto
        # more lines rather than being cut in large mode.
        name_column_takes_the_room(self.table, 0, 3)
        self.table.setWordWrap(True)
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._update_selected())
        # The current cell stays on the count: typing a number on a row edits its count.
        self.table.selectionModel().currentChanged.connect(self._keep_count_current)
        self.empty_hint = QLabel(
            self.tr(
                "Aucun produit. Créez d'abord les recettes (ingrédients, quantité nette, durée de "
                "conservation) dans l'onglet Menus."
            )
        )
        self.empty_hint.setWordWrap(True)
        set_role(self.empty_hint, Role.HINT)
        self.selected_info = named(QLabel(), "selected_info")
        self.selected_info.setWordWrap(True)
        self.open_recipe_button = button(
            self.tr("Ouvrir la recette"), "open_recipe", self.open_recipe, tall=True
        )
        products_box = QGroupBox(self.tr("1. Produits : tapez le nombre d'étiquettes"))
        products_layout = QVBoxLayout(products_box)
        products_layout.addWidget(self.table, 1)
        products_layout.addWidget(self.empty_hint)
        products_layout.addLayout(hbox((self.selected_info, 1), self.open_recipe_button))
        return products_box

    def _build_print_job(self) -> QGroupBox:
        """Step 2: date, sheet, labels already used, lot, barcode, what to add; then print."""
        self.production_date = date_edit()
        self.production_date.dateChanged.connect(lambda *_: self._update_date_notice())
        self.date_notice = named(QLabel(), "date_notice")
        self.date_notice.setWordWrap(True)
        set_role(self.date_notice, Role.NOTICE)
        self.template_box = QComboBox()
        self.template_box.currentIndexChanged.connect(lambda *_: self._template_picked())
        self.skip = QSpinBox()
        self.skip.valueChanged.connect(lambda *_: self._update_summary())
        self.lot = QLineEdit()
        self.barcode = combo_box(
            (
                (self.tr("Aucun"), "none"),
                (self.tr("EAN-13 (code produit)"), "ean13"),
                (self.tr("Code 128 (code produit, lettres permises)"), "code128"),
                (self.tr("QR code (code produit, nom, lot, date, contact)"), "qr"),
            )
        )
        self.show_price = QCheckBox(self.tr("Prix"))
        self.show_story = QCheckBox(self.tr("Petite histoire"))
        self.show_logo = QCheckBox(self.tr("Logo"))
        self.show_logo.setChecked(True)
        for box, name in (
            (self.show_price, "show_price"),
            (self.show_story, "show_story"),
            (self.show_logo, "show_logo"),
        ):
            box.setObjectName(name)  # a language switch keeps what is ticked by this name
            box.setAccessibleName(box.text())

        job_box = QGroupBox(self.tr("2. Impression"))
        form = QFormLayout(job_box)
        add_field_rows(
            form,
            self.errors,
            (("production_date", self.tr("Date de production"), self.production_date),),
        )
        form.addRow("", self.date_notice)
        add_field_rows(
            form,
            self.errors,
            (
                ("template", self.tr("Feuille d'étiquettes"), self.template_box),
                ("skip", self.tr("Étiquettes déjà utilisées"), self.skip),
                ("lot", self.tr("Numéro de lot"), self.lot),
                ("barcode", self.tr("Code-barres"), self.barcode),
            ),
        )
        form.addRow(
            self.tr("Ajouter"),
            hbox(self.show_price, self.show_story, self.show_logo, stretch_after=True),
        )
        self.summary = named(QLabel(), "summary")
        self.summary.setWordWrap(True)
        self.sheet_map = SheetMap()
        self.sheet_map.skip_chosen.connect(self.skip.setValue)
        form.addRow(hbox(self.sheet_map, (self.summary, 1)))
        self.print_button = button(
            self.tr("Aperçu et impression…"),
            "print_labels",
            self.print_labels,
            tooltip=self.tr("Voir les étiquettes, puis imprimer (Ctrl+P)"),
            tall=True,
        )
        form.addRow(self.print_button)
        form.addRow(self.job_error)
        return job_box

    def _build_sheet_settings(self) -> QGroupBox:
        """The printer's offset, the calibration page and the cooperative's own sheets."""
        self.offset_x = self._offset_box("offset_x", self.tr("Décalage vers la droite"))
        self.offset_y = self._offset_box("offset_y", self.tr("Décalage vers le bas"))
        self.save_offset_button = button(
            self.tr("Garder ce décalage"), "save_offset", self.save_offset, tall=True
        )
        self.calibration_button = button(
            self.tr("Page de réglage…"), "calibration", self.print_calibration, tall=True
        )
        self.new_template_button = button(
            self.tr("Nouveau modèle…"), "new_template", self.new_template, tall=True
        )
        self.delete_template_button = button(
            self.tr("Supprimer ce modèle"), "delete_template", self.delete_template, tall=True
        )
        sheet_box = QGroupBox(self.tr("Réglages de la feuille"))
        sheet = QFormLayout(sheet_box)
        sheet.addRow(
            self.tr("Imprimante"),
            hbox(QLabel("→"), self.offset_x, QLabel("↓"), self.offset_y, stretch_after=True),
        )
        sheet.addRow("", self.errors.add("offset_x", self.offset_x))
        sheet.addRow("", self.errors.add("offset_y", self.offset_y))
        # Its own row: beside the two offsets it was squeezed under its text's width.
        sheet.addRow("", hbox(self.save_offset_button, stretch_after=True))
        # Two rows: on one, the three buttons ran past the box's edge in French ("Supprimer ce
        # modè…") and in large mode.
        sheet.addRow(hbox(self.calibration_button, stretch_after=True))
        sheet.addRow(
            hbox(self.new_template_button, self.delete_template_button, stretch_after=True)
        )
        # which language the labels print in, and where it is chosen (set by refresh)
        self.language_hint = named(QLabel(), "label_language_hint")
        self.language_hint.setWordWrap(True)
        set_role(self.language_hint, Role.HINT)
        sheet.addRow(self.language_hint)
        return sheet_box

    @staticmethod
    def _offset_box(name: str, accessible: str) -> QDoubleSpinBox:
        spin = named(QDoubleSpinBox(), name, accessible)
        spin.setRange(-label_templates.MAX_OFFSET_MM, label_templates.MAX_OFFSET_MM)
        spin.setSingleStep(0.1)
        spin.setDecimals(1)
        spin.setSuffix(" mm")
        spin.setLocale(QLocale(QLocale.Language.French, QLocale.Country.Belgium))
        return spin

    def title(self) -> str:
        return self.tr("Étiquettes")

    def typed_and_kept(self) -> tuple[object, dict[int, int]] | None:
        """Every field's value (`TabPage`) and the numbers of labels typed in the table."""
        fields, counts = super().typed_and_kept(), self.model.counts()
        return (fields, counts) if fields or counts else None

    def take_over(self, kept: tuple[object, dict[int, int]]) -> None:
        fields, self._counts_to_put_back = kept
        super().take_over(fields or {})

    def put_back_typed(self) -> None:
        counts, self._counts_to_put_back = self._counts_to_put_back, {}
        for recipe_id, count in counts.items():
            self.model.set_count(recipe_id, count)
        super().put_back_typed()

    # --- state -------------------------------------------------------------------------------
    def refresh(self) -> None:
        selected = self.selected_product()
        with self.ctx.db.session() as session:
            products = content.list_product_names(session)
            templates = label_templates.list_templates(session)
            language = label_language(session)
        self.language_hint.setText(
            fill(
                self.tr(
                    "Langue des étiquettes : {language}. Pour la changer : Fichier > "
                    "Paramètres de la coopérative."
                ),
                language=LANGUAGE_NAMES.get(language, language),
            )
        )
        self.model.set_rows(products)
        self.empty_hint.setVisible(not products)
        keep = self.current_template_id() or self._wanted_template
        self._templates = templates
        self.template_box.blockSignals(True)
        self.template_box.clear()
        for template in templates:
            self.template_box.addItem(template.display_name(), template.id)
        index = self.template_box.findData(keep)
        self.template_box.setCurrentIndex(max(index, 0))
        self.template_box.blockSignals(False)
        self._template_picked()
        if selected is not None:
            row = self.model.row_of(selected.recipe_id)
            if row >= 0:
                select_row(self.table, row)
        self._update_selected()

    def _complete_products(self, rows: list[content.ProductListing]) -> list[content.ProductChoice]:
        with self.ctx.db.session() as session:
            return content.product_choices(session, [row.recipe_id for row in rows])

    def current_template_id(self) -> str | None:
        return self.template_box.currentData()

    def current_template(self) -> LabelTemplate | None:
        return next((t for t in self._templates if t.id == self.current_template_id()), None)

    def selected_product(self):
        indexes = self.table.selectionModel().selectedRows()
        return self.model.row_at(indexes[0].row()) if indexes else None

    def _template_picked(self) -> None:
        template = self.current_template()
        if template is None:
            return
        self.skip.setMaximum(max(0, template.per_sheet - 1))
        self.skip.setEnabled(template.per_sheet > 1)
        with self.ctx.db.session() as session:
            right, down = label_templates.printer_offset(session, template.id)
        self.offset_x.setValue(right)
        self.offset_y.setValue(down)
        self.delete_template_button.setEnabled(template.custom)
        self._update_summary()

    def _keep_count_current(self, current, _previous) -> None:
        if current.isValid() and current.column() != COUNT_COLUMN:
            self.table.selectionModel().setCurrentIndex(
                current.siblingAtColumn(COUNT_COLUMN),
                self.table.selectionModel().SelectionFlag.NoUpdate,
            )

    def _update_date_notice(self) -> None:
        day = _pydate(self.production_date.date())
        today = self.ctx.today()
        self.date_notice.setVisible(day != today)
        if day != today:
            self.date_notice.setText(
                fill(
                    self.tr("Ce n'est pas la date d'aujourd'hui ({today}). Vérifiez-la."),
                    today=format_date(today),
                )
            )
        self._update_lot_hint()

    def _update_lot_hint(self) -> None:
        self.lot.setPlaceholderText(
            fill(
                self.tr("automatique : {lot}"),
                lot=content.default_lot(_pydate(self.production_date.date())),
            )
        )

    def _update_summary(self) -> None:
        self._update_lot_hint()
        template = self.current_template()
        total = sum(count for _p, count in self.model.chosen())
        self.sheet_map.show_sheet(template, self.skip.value(), total)
        if template is None or total == 0:
            self.summary.setText(
                self.tr(
                    "Tapez un nombre d'étiquettes à côté d'un produit. "
                    "Sur le dessin de la feuille, cliquez sur la première étiquette libre."
                )
            )
            return
        sheets = -(-(self.skip.value() + total) // template.per_sheet)
        text = fill(
            self.tr("{labels} sur {sheets}."),
            labels=self.tr("%n étiquette(s)", "", total),
            sheets=fill(self.tr("%n feuille(s) {name}", "", sheets), name=template.name),
        )
        if self.skip.value():
            text += " " + fill(
                self.tr("Les {n} premières (en gris) sont déjà utilisées."), n=self.skip.value()
            )
        self.summary.setText(text)

    def _update_selected(self) -> None:
        product = self.selected_product()
        if product is None:
            self.selected_info.setText("")
            self.open_recipe_button.setEnabled(self._refused_recipe is not None)
            return
        if product.missing:
            self.selected_info.setText(
                fill(
                    self.tr("« {name} » : il manque {missing}."),
                    name=product.name,
                    missing=list_separator(";").join(product.missing),
                )
            )
        else:
            self.selected_info.setText(fill(self.tr("« {name} » est prêt."), name=product.name))
        self.open_recipe_button.setEnabled(True)

    # --- actions -----------------------------------------------------------------------------
    def open_recipe(self) -> None:
        product = self.selected_product()
        recipe_id = product.recipe_id if product is not None else self._refused_recipe
        if recipe_id:
            self.ctx.open("menus", recipe_id)

    def _job_input(self) -> content.LabelJobInput:
        return content.LabelJobInput(
            lines=tuple(content.JobLine(p.recipe_id, count) for p, count in self.model.chosen()),
            production_date=_pydate(self.production_date.date()),
            template_id=self.current_template_id() or "",
            skip=self.skip.value(),
            lot=self.lot.text(),
            options=content.LabelOptions(
                price=self.show_price.isChecked(),
                story=self.show_story.isChecked(),
                logo=self.show_logo.isChecked(),
                barcode=self.barcode.currentData(),
            ),
        )

    def build_pdf(self) -> bytes | None:
        """The sheets of the job, or None with the message shown where it belongs."""
        from app.printing.labels import LabelDoesNotFit, labels_pdf

        self.errors.clear()
        self._refused_recipe = None
        job_input = self._job_input()
        try:
            with self.ctx.db.session() as session:
                job = content.prepare_job(session, job_input)
                pdf = labels_pdf(job)
                content.remember_job(session, job.template.id, job.production_date)
        except (content.LabelRefused, LabelDoesNotFit) as error:
            self._refused_recipe = error.recipe_id
            self.errors.show(ValidationError("products", error.message))
            row = self.model.row_of(error.recipe_id)
            if row >= 0:
                select_row(self.table, row)
            self.open_recipe_button.setEnabled(True)
            return None
        except ValidationError as error:
            if error.field in ("count", "products"):
                error = ValidationError("products", error.message)
            self.errors.show(error)
            return None
        return pdf

    def print_labels(self) -> None:
        pdf = self.build_pdf()
        if pdf is None:
            return
        name = f"etiquettes-{_pydate(self.production_date.date()).isoformat()}.pdf"
        from app.ui.pdf_preview import preview_pdf  # QtPdf: when first used

        preview_pdf(pdf, self.tr("Étiquettes"), name, self, actual_size=True)

    def print_calibration(self) -> None:
        from app.printing.labels import calibration_pdf

        template = self.current_template()
        if template is None:
            return
        pdf = calibration_pdf(template, (self.offset_x.value(), self.offset_y.value()))
        from app.ui.pdf_preview import preview_pdf  # QtPdf: when first used

        preview_pdf(
            pdf, self.tr("Page de réglage"), f"reglage-{template.id}.pdf", self, actual_size=True
        )

    def save_offset(self) -> None:
        template = self.current_template()
        if template is None:
            return
        self.errors.clear()
        try:
            with self.ctx.db.session() as session:
                label_templates.set_printer_offset(
                    session, template.id, self.offset_x.value(), self.offset_y.value()
                )
        except ValidationError as error:
            self.errors.show(error)
            return
        self.ctx.changed(Area.LABELS)

    def new_template(self) -> None:
        def save(data):
            with self.ctx.db.session() as session:
                return label_templates.save_custom_template(session, data)

        dialog = TemplateDialog(save, self.current_template(), self)
        if dialog.exec() and dialog.result_value is not None:
            self._wanted_template = dialog.result_value.id
            self.template_box.setCurrentIndex(-1)
            self.ctx.changed(Area.LABELS)
            index = self.template_box.findData(dialog.result_value.id)
            self.template_box.setCurrentIndex(index)

    def delete_template(self) -> None:
        template = self.current_template()
        if template is None or not template.custom:
            return
        answer = QMessageBox.question(
            self,
            self.tr("Supprimer le modèle"),
            fill(
                self.tr("Supprimer le modèle « {name} » ? Vous pourrez annuler (Ctrl+Z)."),
                name=template.name,
            ),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        with self.ctx.db.session() as session:
            label_templates.delete_custom_template(session, template.id)
        self.ctx.undo_stack.push(DeleteTemplate(self.ctx, template))
        self.ctx.changed(Area.LABELS)

    def keyPressEvent(self, event) -> None:  # noqa: N802 (Qt's name)
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.table.hasFocus():
            index = self.table.currentIndex()
            if index.isValid():
                self.table.edit(self.model.index(index.row(), COUNT_COLUMN))
                return
        super().keyPressEvent(event)
