# Generated from forms/request_dialog.ui by tools/compile_forms.py with pyside6-uic. DO NOT EDIT.
# Change the .ui file in Qt Designer, then run: python tools/compile_forms.py
# ruff: noqa

from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QAbstractButton, QApplication, QCheckBox, QComboBox,
    QDialog, QDialogButtonBox, QFormLayout, QHBoxLayout,
    QLabel, QLineEdit, QPlainTextEdit, QSizePolicy,
    QSpacerItem, QTabWidget, QVBoxLayout, QWidget)

from ui.common.date_field import DateField

class Ui_RequestDialog(object):
    def setupUi(self, RequestDialog):
        if not RequestDialog.objectName():
            RequestDialog.setObjectName(u"RequestDialog")
        RequestDialog.resize(820, 640)
        self.main_layout = QVBoxLayout(RequestDialog)
        self.main_layout.setObjectName(u"main_layout")
        self.draft_label = QLabel(RequestDialog)
        self.draft_label.setObjectName(u"draft_label")
        self.draft_label.setWordWrap(True)
        self.draft_label.setStyleSheet(u"color: #555;")

        self.main_layout.addWidget(self.draft_label)

        self.tab_widget = QTabWidget(RequestDialog)
        self.tab_widget.setObjectName(u"tab_widget")
        self.basic_tab = QWidget()
        self.basic_tab.setObjectName(u"basic_tab")
        self.basic_tab_layout = QVBoxLayout(self.basic_tab)
        self.basic_tab_layout.setObjectName(u"basic_tab_layout")
        self.basic_form_layout = QFormLayout()
        self.basic_form_layout.setObjectName(u"basic_form_layout")
        self.received_date_label = QLabel(self.basic_tab)
        self.received_date_label.setObjectName(u"received_date_label")

        self.basic_form_layout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.received_date_label)

        self.received_date_edit = DateField(self.basic_tab)
        self.received_date_edit.setObjectName(u"received_date_edit")

        self.basic_form_layout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.received_date_edit)

        self.officer_label = QLabel(self.basic_tab)
        self.officer_label.setObjectName(u"officer_label")

        self.basic_form_layout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.officer_label)

        self.officer_combo = QComboBox(self.basic_tab)
        self.officer_combo.setObjectName(u"officer_combo")

        self.basic_form_layout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.officer_combo)

        self.patent_number_label = QLabel(self.basic_tab)
        self.patent_number_label.setObjectName(u"patent_number_label")

        self.basic_form_layout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.patent_number_label)

        self.patent_number_edit = QLineEdit(self.basic_tab)
        self.patent_number_edit.setObjectName(u"patent_number_edit")

        self.basic_form_layout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.patent_number_edit)

        self.patent_number_status_label = QLabel(self.basic_tab)
        self.patent_number_status_label.setObjectName(u"patent_number_status_label")
        self.patent_number_status_label.setWordWrap(True)

        self.basic_form_layout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.patent_number_status_label)

        self.patent_type_label = QLabel(self.basic_tab)
        self.patent_type_label.setObjectName(u"patent_type_label")

        self.basic_form_layout.setWidget(4, QFormLayout.ItemRole.LabelRole, self.patent_type_label)

        self.patent_type_combo = QComboBox(self.basic_tab)
        self.patent_type_combo.setObjectName(u"patent_type_combo")

        self.basic_form_layout.setWidget(4, QFormLayout.ItemRole.FieldRole, self.patent_type_combo)

        self.patent_title_label = QLabel(self.basic_tab)
        self.patent_title_label.setObjectName(u"patent_title_label")

        self.basic_form_layout.setWidget(5, QFormLayout.ItemRole.LabelRole, self.patent_title_label)

        self.patent_title_edit = QLineEdit(self.basic_tab)
        self.patent_title_edit.setObjectName(u"patent_title_edit")

        self.basic_form_layout.setWidget(5, QFormLayout.ItemRole.FieldRole, self.patent_title_edit)

        self.patentee_label = QLabel(self.basic_tab)
        self.patentee_label.setObjectName(u"patentee_label")

        self.basic_form_layout.setWidget(6, QFormLayout.ItemRole.LabelRole, self.patentee_label)

        self.patentee_edit = QLineEdit(self.basic_tab)
        self.patentee_edit.setObjectName(u"patentee_edit")

        self.basic_form_layout.setWidget(6, QFormLayout.ItemRole.FieldRole, self.patentee_edit)

        self.filing_date_label = QLabel(self.basic_tab)
        self.filing_date_label.setObjectName(u"filing_date_label")

        self.basic_form_layout.setWidget(7, QFormLayout.ItemRole.LabelRole, self.filing_date_label)

        self.filing_date_edit = DateField(self.basic_tab)
        self.filing_date_edit.setObjectName(u"filing_date_edit")

        self.basic_form_layout.setWidget(7, QFormLayout.ItemRole.FieldRole, self.filing_date_edit)

        self.grant_date_label = QLabel(self.basic_tab)
        self.grant_date_label.setObjectName(u"grant_date_label")

        self.basic_form_layout.setWidget(8, QFormLayout.ItemRole.LabelRole, self.grant_date_label)

        self.grant_date_edit = DateField(self.basic_tab)
        self.grant_date_edit.setObjectName(u"grant_date_edit")

        self.basic_form_layout.setWidget(8, QFormLayout.ItemRole.FieldRole, self.grant_date_edit)

        self.flags_label = QLabel(self.basic_tab)
        self.flags_label.setObjectName(u"flags_label")

        self.basic_form_layout.setWidget(9, QFormLayout.ItemRole.LabelRole, self.flags_label)

        self.flags_layout = QHBoxLayout()
        self.flags_layout.setObjectName(u"flags_layout")
        self.flag_foreign_check = QCheckBox(self.basic_tab)
        self.flag_foreign_check.setObjectName(u"flag_foreign_check")

        self.flags_layout.addWidget(self.flag_foreign_check)

        self.flag_ecommerce_check = QCheckBox(self.basic_tab)
        self.flag_ecommerce_check.setObjectName(u"flag_ecommerce_check")

        self.flags_layout.addWidget(self.flag_ecommerce_check)

        self.flag_trade_fair_check = QCheckBox(self.basic_tab)
        self.flag_trade_fair_check.setObjectName(u"flag_trade_fair_check")

        self.flags_layout.addWidget(self.flag_trade_fair_check)

        self.flags_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.flags_layout.addItem(self.flags_spacer)


        self.basic_form_layout.setLayout(9, QFormLayout.ItemRole.FieldRole, self.flags_layout)


        self.basic_tab_layout.addLayout(self.basic_form_layout)

        self.basic_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.basic_tab_layout.addItem(self.basic_spacer)

        self.tab_widget.addTab(self.basic_tab, "")
        self.requesters_tab = QWidget()
        self.requesters_tab.setObjectName(u"requesters_tab")
        self.requesters_tab_layout = QVBoxLayout(self.requesters_tab)
        self.requesters_tab_layout.setObjectName(u"requesters_tab_layout")
        self.requesters_container = QWidget(self.requesters_tab)
        self.requesters_container.setObjectName(u"requesters_container")

        self.requesters_tab_layout.addWidget(self.requesters_container)

        self.tab_widget.addTab(self.requesters_tab, "")
        self.respondents_tab = QWidget()
        self.respondents_tab.setObjectName(u"respondents_tab")
        self.respondents_tab_layout = QVBoxLayout(self.respondents_tab)
        self.respondents_tab_layout.setObjectName(u"respondents_tab_layout")
        self.respondents_container = QWidget(self.respondents_tab)
        self.respondents_container.setObjectName(u"respondents_container")

        self.respondents_tab_layout.addWidget(self.respondents_container)

        self.tab_widget.addTab(self.respondents_tab, "")
        self.content_tab = QWidget()
        self.content_tab.setObjectName(u"content_tab")
        self.content_tab_layout = QVBoxLayout(self.content_tab)
        self.content_tab_layout.setObjectName(u"content_tab_layout")
        self.content_form_layout = QFormLayout()
        self.content_form_layout.setObjectName(u"content_form_layout")
        self.claims_asserted_label = QLabel(self.content_tab)
        self.claims_asserted_label.setObjectName(u"claims_asserted_label")

        self.content_form_layout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.claims_asserted_label)

        self.claims_asserted_edit = QLineEdit(self.content_tab)
        self.claims_asserted_edit.setObjectName(u"claims_asserted_edit")

        self.content_form_layout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.claims_asserted_edit)

        self.accused_product_label = QLabel(self.content_tab)
        self.accused_product_label.setObjectName(u"accused_product_label")

        self.content_form_layout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.accused_product_label)

        self.accused_product_edit = QLineEdit(self.content_tab)
        self.accused_product_edit.setObjectName(u"accused_product_edit")

        self.content_form_layout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.accused_product_edit)

        self.acts_label = QLabel(self.content_tab)
        self.acts_label.setObjectName(u"acts_label")

        self.content_form_layout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.acts_label)

        self.acts_layout = QHBoxLayout()
        self.acts_layout.setObjectName(u"acts_layout")
        self.act_make_check = QCheckBox(self.content_tab)
        self.act_make_check.setObjectName(u"act_make_check")

        self.acts_layout.addWidget(self.act_make_check)

        self.act_use_check = QCheckBox(self.content_tab)
        self.act_use_check.setObjectName(u"act_use_check")

        self.acts_layout.addWidget(self.act_use_check)

        self.act_offer_check = QCheckBox(self.content_tab)
        self.act_offer_check.setObjectName(u"act_offer_check")

        self.acts_layout.addWidget(self.act_offer_check)

        self.act_sell_check = QCheckBox(self.content_tab)
        self.act_sell_check.setObjectName(u"act_sell_check")

        self.acts_layout.addWidget(self.act_sell_check)

        self.act_import_check = QCheckBox(self.content_tab)
        self.act_import_check.setObjectName(u"act_import_check")

        self.acts_layout.addWidget(self.act_import_check)

        self.acts_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.acts_layout.addItem(self.acts_spacer)


        self.content_form_layout.setLayout(2, QFormLayout.ItemRole.FieldRole, self.acts_layout)

        self.request_summary_label = QLabel(self.content_tab)
        self.request_summary_label.setObjectName(u"request_summary_label")

        self.content_form_layout.setWidget(3, QFormLayout.ItemRole.LabelRole, self.request_summary_label)

        self.request_summary_edit = QPlainTextEdit(self.content_tab)
        self.request_summary_edit.setObjectName(u"request_summary_edit")
        self.request_summary_edit.setTabChangesFocus(True)

        self.content_form_layout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.request_summary_edit)


        self.content_tab_layout.addLayout(self.content_form_layout)

        self.tab_widget.addTab(self.content_tab, "")

        self.main_layout.addWidget(self.tab_widget)

        self.summary_error_label = QLabel(RequestDialog)
        self.summary_error_label.setObjectName(u"summary_error_label")

        self.main_layout.addWidget(self.summary_error_label)

        self.button_box = QDialogButtonBox(RequestDialog)
        self.button_box.setObjectName(u"button_box")
        self.button_box.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Save)

        self.main_layout.addWidget(self.button_box)

#if QT_CONFIG(shortcut)
        self.received_date_label.setBuddy(self.received_date_edit)
        self.officer_label.setBuddy(self.officer_combo)
        self.patent_number_label.setBuddy(self.patent_number_edit)
        self.patent_type_label.setBuddy(self.patent_type_combo)
        self.patent_title_label.setBuddy(self.patent_title_edit)
        self.patentee_label.setBuddy(self.patentee_edit)
        self.filing_date_label.setBuddy(self.filing_date_edit)
        self.grant_date_label.setBuddy(self.grant_date_edit)
        self.flags_label.setBuddy(self.flag_foreign_check)
        self.claims_asserted_label.setBuddy(self.claims_asserted_edit)
        self.accused_product_label.setBuddy(self.accused_product_edit)
        self.acts_label.setBuddy(self.act_make_check)
        self.request_summary_label.setBuddy(self.request_summary_edit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.tab_widget, self.received_date_edit)
        QWidget.setTabOrder(self.received_date_edit, self.officer_combo)
        QWidget.setTabOrder(self.officer_combo, self.patent_number_edit)
        QWidget.setTabOrder(self.patent_number_edit, self.patent_type_combo)
        QWidget.setTabOrder(self.patent_type_combo, self.patent_title_edit)
        QWidget.setTabOrder(self.patent_title_edit, self.patentee_edit)
        QWidget.setTabOrder(self.patentee_edit, self.filing_date_edit)
        QWidget.setTabOrder(self.filing_date_edit, self.grant_date_edit)
        QWidget.setTabOrder(self.grant_date_edit, self.flag_foreign_check)
        QWidget.setTabOrder(self.flag_foreign_check, self.flag_ecommerce_check)
        QWidget.setTabOrder(self.flag_ecommerce_check, self.flag_trade_fair_check)
        QWidget.setTabOrder(self.flag_trade_fair_check, self.claims_asserted_edit)
        QWidget.setTabOrder(self.claims_asserted_edit, self.accused_product_edit)
        QWidget.setTabOrder(self.accused_product_edit, self.request_summary_edit)

        self.retranslateUi(RequestDialog)

        self.tab_widget.setCurrentIndex(0)


        QMetaObject.connectSlotsByName(RequestDialog)
    # setupUi

    def retranslateUi(self, RequestDialog):
        RequestDialog.setWindowTitle(QCoreApplication.translate("RequestDialog", u"\u767b\u8bb0\u5904\u7406\u8bf7\u6c42", None))
        self.draft_label.setText("")
        self.received_date_label.setText(QCoreApplication.translate("RequestDialog", u"\u6536\u5230\u8bf7\u6c42\u4e66\u65e5\u671f(&D)", None))
        self.officer_label.setText(QCoreApplication.translate("RequestDialog", u"\u627f\u529e\u4eba(&O)", None))
        self.patent_number_label.setText(QCoreApplication.translate("RequestDialog", u"\u4e13\u5229\u53f7(&N)", None))
        self.patent_number_edit.setPlaceholderText(QCoreApplication.translate("RequestDialog", u"\u5982 ZL201610259567.X", None))
        self.patent_number_status_label.setText("")
        self.patent_type_label.setText(QCoreApplication.translate("RequestDialog", u"\u4e13\u5229\u7c7b\u578b(&T)", None))
        self.patent_title_label.setText(QCoreApplication.translate("RequestDialog", u"\u4e13\u5229\u540d\u79f0(&M)", None))
        self.patentee_label.setText(QCoreApplication.translate("RequestDialog", u"\u4e13\u5229\u6743\u4eba(&Q)", None))
        self.filing_date_label.setText(QCoreApplication.translate("RequestDialog", u"\u7533\u8bf7\u65e5", None))
        self.grant_date_label.setText(QCoreApplication.translate("RequestDialog", u"\u6388\u6743\u516c\u544a\u65e5", None))
        self.flags_label.setText(QCoreApplication.translate("RequestDialog", u"\u6848\u4ef6\u7279\u5f81", None))
        self.flag_foreign_check.setText(QCoreApplication.translate("RequestDialog", u"\u6d89\u5916/\u6d89\u6e2f\u6fb3\u53f0(&W)", None))
        self.flag_ecommerce_check.setText(QCoreApplication.translate("RequestDialog", u"\u7535\u5546\u5e73\u53f0(&E)", None))
        self.flag_trade_fair_check.setText(QCoreApplication.translate("RequestDialog", u"\u5c55\u4f1a(&F)", None))
        self.tab_widget.setTabText(self.tab_widget.indexOf(self.basic_tab), QCoreApplication.translate("RequestDialog", u"\u8bf7\u6c42\u4e0e\u4e13\u5229", None))
        self.tab_widget.setTabText(self.tab_widget.indexOf(self.requesters_tab), QCoreApplication.translate("RequestDialog", u"\u8bf7\u6c42\u4eba", None))
        self.tab_widget.setTabText(self.tab_widget.indexOf(self.respondents_tab), QCoreApplication.translate("RequestDialog", u"\u88ab\u8bf7\u6c42\u4eba", None))
        self.claims_asserted_label.setText(QCoreApplication.translate("RequestDialog", u"\u8bf7\u6c42\u4fdd\u62a4\u7684\u6743\u5229\u8981\u6c42(&C)", None))
        self.claims_asserted_edit.setPlaceholderText(QCoreApplication.translate("RequestDialog", u"\u5982 \u6743\u5229\u8981\u6c421\u30013", None))
        self.accused_product_label.setText(QCoreApplication.translate("RequestDialog", u"\u88ab\u63a7\u4fb5\u6743\u4ea7\u54c1(&P)", None))
        self.acts_label.setText(QCoreApplication.translate("RequestDialog", u"\u88ab\u63a7\u4fb5\u6743\u884c\u4e3a", None))
        self.act_make_check.setText(QCoreApplication.translate("RequestDialog", u"\u5236\u9020", None))
        self.act_use_check.setText(QCoreApplication.translate("RequestDialog", u"\u4f7f\u7528", None))
        self.act_offer_check.setText(QCoreApplication.translate("RequestDialog", u"\u8bb8\u8bfa\u9500\u552e", None))
        self.act_sell_check.setText(QCoreApplication.translate("RequestDialog", u"\u9500\u552e", None))
        self.act_import_check.setText(QCoreApplication.translate("RequestDialog", u"\u8fdb\u53e3", None))
        self.request_summary_label.setText(QCoreApplication.translate("RequestDialog", u"\u8bf7\u6c42\u4e8b\u9879(&R)", None))
        self.request_summary_edit.setPlaceholderText(QCoreApplication.translate("RequestDialog", u"\u5982\uff1a\u8d23\u4ee4\u88ab\u8bf7\u6c42\u4eba\u7acb\u5373\u505c\u6b62\u5236\u9020\u3001\u9500\u552e\u4fb5\u72af\u6d89\u6848\u4e13\u5229\u6743\u7684\u4ea7\u54c1", None))
        self.tab_widget.setTabText(self.tab_widget.indexOf(self.content_tab), QCoreApplication.translate("RequestDialog", u"\u8bf7\u6c42\u5185\u5bb9", None))
        self.summary_error_label.setText("")
    # retranslateUi
