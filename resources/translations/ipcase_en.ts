<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="zh_CN">
<context>
    <name></name>
    <message>
        <location filename="../../ui/errors.py" line="121"/>
        <source>第 %1 行</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="164"/>
        <source>请更正以下内容：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="168"/>
        <source>不能执行“%1”：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="170"/>
        <source>当前用户</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="172"/>
        <source>%1无权进行“%2”。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="174"/>
        <source>此案件已被他人修改，已重新载入最新内容。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="175"/>
        <source>此记录已被他人修改，已重新载入最新内容。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="177"/>
        <source>对方所作的修改：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="178"/>
        <source>您填写的内容仍保留在窗口中，请核对后再提交。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="181"/>
        <source>未找到%1（%2），可能已被删除。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="184"/>
        <source>用户名或密码不正确，或账户已停用。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="186"/>
        <source>数据库正忙（其他用户正在保存），本次操作未保存，请稍后重试。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="188"/>
        <source>操作失败：%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="189"/>
        <source>发生意外错误：%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/case_tabs.py" line="65"/>
        <location filename="../../ui/models/case_table_model.py" line="80"/>
        <source>涉外</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/case_tabs.py" line="65"/>
        <source>电商平台</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/case_tabs.py" line="66"/>
        <location filename="../../ui/models/case_table_model.py" line="84"/>
        <source>展会</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/case_tabs.py" line="68"/>
        <source>案号</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/case_tabs.py" line="68"/>
        <location filename="../../ui/models/deadline_table_model.py" line="192"/>
        <location filename="../../ui/models/approval_table_model.py" line="89"/>
        <location filename="../../ui/models/case_table_model.py" line="144"/>
        <source>未立案</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/case_tabs.py" line="69"/>
        <source>状态</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/case_tabs.py" line="69"/>
        <source>（中止处理中）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/case_tabs.py" line="70"/>
        <source>承办人</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/case_tabs.py" line="71"/>
        <source>收到请求书</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/case_tabs.py" line="74"/>
        <source>补正期限</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/case_tabs.py" line="76"/>
        <source>受理决定日期</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/case_tabs.py" line="78"/>
        <source>立案日期</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/case_tabs.py" line="80"/>
        <source>口头审理</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/case_tabs.py" line="82"/>
        <source>合议结论</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/case_tabs.py" line="84"/>
        <source>结案日期</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/case_tabs.py" line="86"/>
        <source>结案情况</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/case_tabs.py" line="88"/>
        <source>请求事项</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/case_tabs.py" line="89"/>
        <source>被控侵权产品</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/case_tabs.py" line="90"/>
        <source>被控侵权行为</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/case_tabs.py" line="91"/>
        <location filename="../../ui/views/case_tabs.py" line="121"/>
        <source>请求保护的权利要求</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/case_tabs.py" line="92"/>
        <source>案件特征</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/case_tabs.py" line="92"/>
        <source>无</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/case_tabs.py" line="98"/>
        <source>第%1次延长</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/case_tabs.py" line="107"/>
        <source>基本情况</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/case_tabs.py" line="107"/>
        <source>请求</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/case_tabs.py" line="108"/>
        <source>中止及不计入结案期限的期间</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/case_tabs.py" line="108"/>
        <source>结案期限延长</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/case_tabs.py" line="109"/>
        <source>审批</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/case_tabs.py" line="114"/>
        <source>涉案专利</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/case_tabs.py" line="115"/>
        <source>专利号</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/case_tabs.py" line="116"/>
        <source>专利类型</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/case_tabs.py" line="117"/>
        <source>专利名称</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/case_tabs.py" line="118"/>
        <source>专利权人</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/case_tabs.py" line="119"/>
        <source>申请日</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/case_tabs.py" line="120"/>
        <source>授权公告日</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/case_tabs.py" line="142"/>
        <source>（境内无住所）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/case_tabs.py" line="148"/>
        <source>委托代理人</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/case_tabs.py" line="180"/>
        <source>选择一个期限，查看其计算依据。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/case_tabs.py" line="203"/>
        <source>到期日：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/case_tabs.py" line="204"/>
        <source>计算依据：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/case_tabs.py" line="208"/>
        <source>结案期限暂停计算中（中止或其他不计入期间）。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/case_tabs.py" line="218"/>
        <source>事项：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/case_tabs.py" line="220"/>
        <source>批准</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/case_tabs.py" line="220"/>
        <source>不予批准</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/deadline_table_model.py" line="88"/>
        <source>%1 年的法定节假日尚未录入，此日期暂按周末计算；管理员在“设置 › 节假日”录入后会自动重新计算。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/deadline_table_model.py" line="96"/>
        <source>暂停计算</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/deadline_table_model.py" line="98"/>
        <source>%1 天前届满</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/deadline_table_model.py" line="100"/>
        <source>逾期 %1 天</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/deadline_table_model.py" line="102"/>
        <source>今天到期</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/deadline_table_model.py" line="103"/>
        <source>%1 天（%2 个工作日）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/deadline_table_model.py" line="111"/>
        <source>暂停</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/deadline_table_model.py" line="113"/>
        <source>期间已届满</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/deadline_table_model.py" line="116"/>
        <source>已完成（%1）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/deadline_table_model.py" line="178"/>
        <source>案件处于不计入结案期限的期间（中止、公告、鉴定等），结案期限暂停计算。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/deadline_table_model.py" line="180"/>
        <source>这是当事人的期间，已经届满；不是本机关的办理期限。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/case_table_model.py" line="78"/>
        <source>中止</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/case_table_model.py" line="82"/>
        <source>电商</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/case_table_model.py" line="132"/>
        <source>该日期所在年份的法定节假日尚未录入，暂按周末计算；录入后会自动重新计算。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/case_table_model.py" line="164"/>
        <source>已结 %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/error_dialog.py" line="21"/>
        <source>程序错误</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/error_dialog.py" line="24"/>
        <source>程序遇到了意外错误，本次操作可能没有完成。请把下面的详细信息复制给系统管理员。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/error_dialog.py" line="36"/>
        <source>复制详细信息(&amp;C)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/messages.py" line="15"/>
        <source>不能完成操作</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/messages.py" line="33"/>
        <source>关闭登记窗口</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/messages.py" line="34"/>
        <source>已填写的内容尚未保存。是否保留为草稿，下次登记时继续？</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/messages.py" line="35"/>
        <source>保留草稿(&amp;K)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/messages.py" line="36"/>
        <source>放弃(&amp;D)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/messages.py" line="37"/>
        <source>继续填写(&amp;C)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/messages.py" line="50"/>
        <source>恢复草稿</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/messages.py" line="51"/>
        <source>发现 %1 保存的未完成登记草稿。是否恢复？
选择“否”将丢弃该草稿。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/field_widgets.py" line="102"/>
        <location filename="../../ui/widgets/field_widgets.py" line="199"/>
        <source>请选择…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/field_widgets.py" line="102"/>
        <source>（无）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/field_widgets.py" line="182"/>
        <source>已于 %1 送达</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/field_widgets.py" line="185"/>
        <source>（本案没有相应的当事人）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/party_editor.py" line="41"/>
        <source>代理人姓名</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/party_editor.py" line="43"/>
        <source>单位（律师事务所/专利代理机构）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/party_editor.py" line="45"/>
        <source>电话</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/party_editor.py" line="46"/>
        <source>删除</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/party_editor.py" line="79"/>
        <source>18位统一社会信用代码</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/party_editor.py" line="81"/>
        <source>18位居民身份证号码</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/party_editor.py" line="84"/>
        <source>职务</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/party_editor.py" line="90"/>
        <source>在中国境内没有经常居所或营业所（答辩期30日）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/party_editor.py" line="91"/>
        <source>名称/姓名：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/party_editor.py" line="92"/>
        <source>主体类型：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/party_editor.py" line="93"/>
        <source>统一社会信用代码：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/party_editor.py" line="94"/>
        <source>身份证号码：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/party_editor.py" line="95"/>
        <source>法定代表人/负责人：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/party_editor.py" line="96"/>
        <source>地址：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/party_editor.py" line="97"/>
        <source>电话：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/party_editor.py" line="103"/>
        <source>委托代理人：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/party_editor.py" line="105"/>
        <source>添加代理人</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/party_editor.py" line="107"/>
        <source>删除此当事人</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/party_editor.py" line="233"/>
        <source>已登记 %1；如需更正请重新输入完整号码</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/party_editor.py" line="269"/>
        <source>添加%1(&amp;A)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="456"/>
        <source>是</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="456"/>
        <source>否</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="469"/>
        <source>%1（暂定）</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ActionDialog</name>
    <message>
        <location filename="../../ui/dialogs/action_dialog.py" line="52"/>
        <source>未立案</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/action_dialog.py" line="61"/>
        <source>此事项须经部门负责人批准：点击“提交审批”后进入待审批，批准后才生效。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/action_dialog.py" line="84"/>
        <source>（选填）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/action_dialog.py" line="95"/>
        <source>确认对本案进行“%1”？</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/action_dialog.py" line="100"/>
        <source>提交审批(&amp;S)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/action_dialog.py" line="100"/>
        <source>确定(&amp;O)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/action_dialog.py" line="128"/>
        <source>第二次延长：不超过两个月，须经上级部门批准（填写其批准文号）。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/action_dialog.py" line="129"/>
        <source>第一次延长：不超过一个月，由部门负责人批准。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/action_dialog.py" line="131"/>
        <source>注意：合议组尚未依法组成，立案前请先在“合议组”页指定合议组。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/action_dialog.py" line="133"/>
        <source>公告、检验鉴定、管辖权异议、当事人申请延长举证期限、和解的期间不计入结案期限。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/action_dialog.py" line="166"/>
        <source>此案件已被他人修改</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ApprovalDialog</name>
    <message>
        <location filename="../../ui/dialogs/approval_dialog.py" line="40"/>
        <source>审批：%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/approval_dialog.py" line="46"/>
        <source>案号：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/approval_dialog.py" line="46"/>
        <source>未立案</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/approval_dialog.py" line="47"/>
        <source>专利号：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/approval_dialog.py" line="48"/>
        <source>审批事项：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/approval_dialog.py" line="49"/>
        <source>提请人：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/approval_dialog.py" line="50"/>
        <source>（无）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/approval_dialog.py" line="52"/>
        <source>内容：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/approval_dialog.py" line="56"/>
        <source>处(科)室审核意见：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/approval_dialog.py" line="61"/>
        <location filename="../../ui/dialogs/approval_dialog.py" line="126"/>
        <source>同意。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/approval_dialog.py" line="61"/>
        <source>审核意见</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/approval_dialog.py" line="62"/>
        <source>意见(&amp;O)：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/approval_dialog.py" line="71"/>
        <source>上级部门批准文号(&amp;H)：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/approval_dialog.py" line="85"/>
        <source>批准(&amp;A)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/approval_dialog.py" line="86"/>
        <source>不予批准(&amp;R)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/approval_dialog.py" line="92"/>
        <source>提交审核意见(&amp;S)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/approval_dialog.py" line="110"/>
        <source>这是第二次延长结案期限：须经上级部门（%1）批准，请填写其批准文号。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/approval_dialog.py" line="111"/>
        <source>上级管理专利工作的部门</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/approval_dialog.py" line="113"/>
        <source>第一次延长（不超过一个月），由部门负责人批准。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/approval_dialog.py" line="138"/>
        <source>请填写审核意见</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ApprovalTableModel</name>
    <message>
        <location filename="../../ui/models/approval_table_model.py" line="35"/>
        <source>提请时间</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/approval_table_model.py" line="36"/>
        <source>案号</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/approval_table_model.py" line="37"/>
        <source>专利号</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/approval_table_model.py" line="38"/>
        <source>审批事项</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/approval_table_model.py" line="39"/>
        <source>提请人</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/approval_table_model.py" line="40"/>
        <source>内容</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/approval_table_model.py" line="41"/>
        <source>处(科)室审核意见</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CaseDetailView</name>
    <message>
        <location filename="../../ui/views/case_detail_view.py" line="51"/>
        <source>← 返回列表</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/case_detail_view.py" line="52"/>
        <source>Alt+←</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/case_detail_view.py" line="60"/>
        <source>中止处理中</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/case_detail_view.py" line="69"/>
        <source>修改请求信息(&amp;E)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/case_detail_view.py" line="73"/>
        <source>刷新</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/case_detail_view.py" line="99"/>
        <source>概况(&amp;1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/case_detail_view.py" line="99"/>
        <source>当事人(&amp;2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/case_detail_view.py" line="100"/>
        <source>专利(&amp;3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/case_detail_view.py" line="100"/>
        <source>合议组(&amp;4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/case_detail_view.py" line="101"/>
        <source>期限(&amp;5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/case_detail_view.py" line="101"/>
        <source>时间线(&amp;6)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/case_detail_view.py" line="108"/>
        <source>操作(&amp;A)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/case_detail_view.py" line="144"/>
        <source>未立案</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/case_detail_view.py" line="148"/>
        <source>结案期限已延长 %1 次</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/case_detail_view.py" line="151"/>
        <source>待审批：%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/case_detail_view.py" line="155"/>
        <source>%1&#x3000;%2（%3）&#x3000;请求人：%4&#x3000;被请求人：%5&#x3000;承办人：%6</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/case_detail_view.py" line="180"/>
        <source>须经部门负责人批准</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/case_detail_view.py" line="184"/>
        <source>（提交审批）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/case_detail_view.py" line="187"/>
        <source>当前没有可进行的操作。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/case_detail_view.py" line="190"/>
        <source>（无可进行的操作）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/case_detail_view.py" line="197"/>
        <source>立案前须依法组成合议组：请在“合议组”页指定合议组长、审理员和书记员。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/case_detail_view.py" line="214"/>
        <source>“%1”已提交部门负责人审批。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/case_detail_view.py" line="216"/>
        <source>已完成：%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/case_detail_view.py" line="221"/>
        <source>合议组已保存。</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CaseFilterBar</name>
    <message>
        <location filename="../../ui/widgets/case_filter_bar.py" line="96"/>
        <source>搜索：案号、当事人名称（可只输一两个字）、专利号  Ctrl+F</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/case_filter_bar.py" line="106"/>
        <source>未立案</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/case_filter_bar.py" line="107"/>
        <source>办理中（已立案）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/case_filter_bar.py" line="108"/>
        <source>已结案</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/case_filter_bar.py" line="109"/>
        <source>只看%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/case_filter_bar.py" line="118"/>
        <source>全部状态</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/case_filter_bar.py" line="124"/>
        <location filename="../../ui/widgets/case_filter_bar.py" line="160"/>
        <source>全部承办人</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/case_filter_bar.py" line="130"/>
        <source>全部专利类型</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/case_filter_bar.py" line="136"/>
        <source>涉外</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/case_filter_bar.py" line="137"/>
        <source>电商</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/case_filter_bar.py" line="138"/>
        <source>展会</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/case_filter_bar.py" line="139"/>
        <source>中止中</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/case_filter_bar.py" line="144"/>
        <source>收到日期</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/case_filter_bar.py" line="145"/>
        <source>立案日期</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/case_filter_bar.py" line="150"/>
        <source>清除筛选(&amp;R)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/case_filter_bar.py" line="226"/>
        <source>状态：全部</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/case_filter_bar.py" line="228"/>
        <source>状态：%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/case_filter_bar.py" line="230"/>
        <source>状态：%1 项</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CaseListView</name>
    <message>
        <location filename="../../ui/views/case_list_view.py" line="76"/>
        <source>上一页(&amp;P)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/case_list_view.py" line="77"/>
        <source>下一页(&amp;N)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/case_list_view.py" line="102"/>
        <source>正在查询…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/case_list_view.py" line="130"/>
        <source>没有符合条件的案件</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/case_list_view.py" line="134"/>
        <source>共 %1 件，显示第 %2–%3 件</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CaseTableModel</name>
    <message>
        <location filename="../../ui/models/case_table_model.py" line="47"/>
        <source>案号</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/case_table_model.py" line="48"/>
        <source>状态</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/case_table_model.py" line="49"/>
        <source>专利号</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/case_table_model.py" line="50"/>
        <source>专利名称</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/case_table_model.py" line="51"/>
        <source>请求人</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/case_table_model.py" line="52"/>
        <source>被请求人</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/case_table_model.py" line="53"/>
        <source>承办人</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/case_table_model.py" line="54"/>
        <source>收到日期</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/case_table_model.py" line="55"/>
        <source>立案日期</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/case_table_model.py" line="56"/>
        <source>结案期限</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/case_table_model.py" line="57"/>
        <source>特征</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DashboardView</name>
    <message>
        <location filename="../../ui/views/dashboard_view.py" line="47"/>
        <source>我的期限</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/dashboard_view.py" line="55"/>
        <source>&lt;span style=&quot;background:#ffcdd2;color:#b71c1c&quot;&gt;&amp;nbsp;已逾期&amp;nbsp;&lt;/span&gt;&amp;nbsp;&lt;span style=&quot;background:#ffe082;color:#5d4000&quot;&gt;&amp;nbsp;3 个工作日内到期&amp;nbsp;&lt;/span&gt;&amp;nbsp;&amp;nbsp;（暂定）= 该年节假日尚未录入</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/dashboard_view.py" line="59"/>
        <source>显示所有人的期限(&amp;E)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/dashboard_view.py" line="89"/>
        <location filename="../../ui/views/dashboard_view.py" line="148"/>
        <source>待我审批</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/dashboard_view.py" line="89"/>
        <location filename="../../ui/views/dashboard_view.py" line="148"/>
        <source>我提交的待审批事项</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/dashboard_view.py" line="109"/>
        <source>审批(&amp;A)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/dashboard_view.py" line="109"/>
        <source>审核(&amp;A)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/dashboard_view.py" line="113"/>
        <source>打开案件(&amp;O)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/dashboard_view.py" line="136"/>
        <source>共 %1 项，已逾期 %2 项，即将到期 %3 项</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DateRange</name>
    <message>
        <location filename="../../ui/widgets/case_filter_bar.py" line="59"/>
        <source>至</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DeadlineTableModel</name>
    <message>
        <location filename="../../ui/models/deadline_table_model.py" line="53"/>
        <source>到期日</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/deadline_table_model.py" line="54"/>
        <source>剩余</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/deadline_table_model.py" line="55"/>
        <source>期限</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/deadline_table_model.py" line="56"/>
        <source>案号</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/deadline_table_model.py" line="57"/>
        <source>专利号</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/deadline_table_model.py" line="58"/>
        <source>当事人</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/deadline_table_model.py" line="59"/>
        <source>承办人</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/deadline_table_model.py" line="60"/>
        <source>起算日</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/deadline_table_model.py" line="61"/>
        <source>状态</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/deadline_table_model.py" line="62"/>
        <source>计算依据</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HolidaysPage</name>
    <message>
        <location filename="../../ui/views/settings_holidays.py" line="40"/>
        <source>导入文件格式（文本或 CSV，UTF-8）：每行一个日期，如
2027-01-01,holiday,元旦
2027-02-07,workday,春节调休
类型可写 holiday/假/休 或 workday/班/调休；# 开头为注释。一个文件可包含多个年份。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/settings_holidays.py" line="61"/>
        <source>年份(&amp;Y)：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/settings_holidays.py" line="67"/>
        <source>从文件导入(&amp;I)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/settings_holidays.py" line="84"/>
        <source>如：国办发明电〔2026〕7号</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/settings_holidays.py" line="85"/>
        <source>依据（通知文号）(&amp;N)：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/settings_holidays.py" line="95"/>
        <location filename="../../ui/views/settings_holidays.py" line="198"/>
        <source>放假</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/settings_holidays.py" line="96"/>
        <location filename="../../ui/views/settings_holidays.py" line="198"/>
        <source>调休上班</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/settings_holidays.py" line="98"/>
        <source>名称，如 春节</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/settings_holidays.py" line="99"/>
        <source>添加(&amp;A)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/settings_holidays.py" line="101"/>
        <source>从</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/settings_holidays.py" line="103"/>
        <source>至</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/settings_holidays.py" line="112"/>
        <source>日期</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/settings_holidays.py" line="112"/>
        <source>星期</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/settings_holidays.py" line="112"/>
        <source>类型</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/settings_holidays.py" line="112"/>
        <source>名称</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/settings_holidays.py" line="121"/>
        <source>删除所选日期(&amp;R)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/settings_holidays.py" line="123"/>
        <source>保存本年(&amp;S)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/settings_holidays.py" line="126"/>
        <source>删除本年录入(&amp;D)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/settings_holidays.py" line="179"/>
        <source>%1 年：使用内置的国务院办公厅放假安排数据。如需更正，可在此修改后保存（保存后以录入数据为准）。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/settings_holidays.py" line="180"/>
        <source>%1 年：使用管理员录入的放假安排。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/settings_holidays.py" line="181"/>
        <source>%1 年：尚无官方放假安排，期限暂按周末计算并标注“暂定”。国务院办公厅通知发布后（通常在上一年 11 月前后），请在此录入或导入。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/settings_holidays.py" line="247"/>
        <source>删除本年录入</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/settings_holidays.py" line="248"/>
        <source>删除 %1 年录入的放假安排？相关期限将重新计算。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/settings_holidays.py" line="256"/>
        <location filename="../../ui/views/settings_holidays.py" line="265"/>
        <location filename="../../ui/views/settings_holidays.py" line="274"/>
        <source>导入放假安排</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/settings_holidays.py" line="257"/>
        <source>文本或 CSV 文件 (*.txt *.csv);;所有文件 (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/settings_holidays.py" line="265"/>
        <source>无法读取文件：%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/settings_holidays.py" line="274"/>
        <source>文件有误：%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/settings_holidays.py" line="279"/>
        <source>已保存。已重新计算 %1 个未结案件的期限，其中 %2 个期限发生变化。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/settings_holidays.py" line="283"/>
        <source>已导入 %1 年。</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <location filename="../../ui/dialogs/login_dialog.py" line="27"/>
        <source>登录(&amp;L)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/login_dialog.py" line="36"/>
        <source>请输入用户名。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/login_dialog.py" line="47"/>
        <source>正在登录…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/login_dialog.ui" line="14"/>
        <source>登录 — 专利侵权纠纷行政裁决案件管理</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/login_dialog.ui" line="20"/>
        <source>专利侵权纠纷行政裁决案件管理</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/login_dialog.ui" line="35"/>
        <source>用户名(&amp;U)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/login_dialog.ui" line="48"/>
        <source>密码(&amp;P)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../ui/main_window.py" line="36"/>
        <source>专利侵权纠纷行政裁决案件管理</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="61"/>
        <source>工作台</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="61"/>
        <source>案件</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="63"/>
        <source>设置</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="93"/>
        <source>文件(&amp;F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="94"/>
        <source>登记处理请求(&amp;N)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="100"/>
        <source>退出(&amp;Q)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="105"/>
        <source>查看(&amp;V)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="112"/>
        <source>搜索案件(&amp;S)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="116"/>
        <source>刷新(&amp;R)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="121"/>
        <source>案件(&amp;C)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="123"/>
        <source>修改请求信息(&amp;E)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="126"/>
        <source>返回案件列表(&amp;B)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="130"/>
        <source>帮助(&amp;H)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="131"/>
        <source>关于(&amp;A)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="132"/>
        <source>关于</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="133"/>
        <source>专利侵权纠纷行政裁决案件管理
依据《专利纠纷行政裁决和调解办法》（国家知识产权局令第81号）。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="145"/>
        <source>正在处理…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="175"/>
        <source>⚠ %1 年法定节假日尚未录入，相关期限为暂定</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="177"/>
        <source>（设置 › 节假日）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="180"/>
        <source>内置的放假安排只到 %1 年之前。落在 %2 年的期限暂按周末计算，标注“暂定”；国务院办公厅公布放假安排后，由管理员在“设置 › 节假日”录入，期限会自动重新计算。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="241"/>
        <source>请求已登记。</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OfficePage</name>
    <message>
        <location filename="../../ui/views/settings_office.py" line="48"/>
        <source>第二次延长结案期限须经其批准</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/settings_office.py" line="49"/>
        <source>机关名称(&amp;N)：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/settings_office.py" line="50"/>
        <source>机关简称(&amp;S)：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/settings_office.py" line="51"/>
        <source>案号格式(&amp;P)：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/settings_office.py" line="52"/>
        <source>案号示例：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/settings_office.py" line="53"/>
        <source>占位符：{机关简称}、{YYYY}（立案年份）、{n}（当年序号，不补零）。例如 {机关简称}知裁字〔{YYYY}〕{n}号</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/settings_office.py" line="58"/>
        <source>地址：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/settings_office.py" line="59"/>
        <source>电话：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/settings_office.py" line="60"/>
        <source>邮编：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/settings_office.py" line="61"/>
        <source>上级部门(&amp;H)：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/settings_office.py" line="69"/>
        <source>保存(&amp;V)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/settings_office.py" line="132"/>
        <source>机关信息</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/settings_office.py" line="132"/>
        <source>已保存。新的案号格式从下一件立案的案件起使用。</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PanelEditor</name>
    <message>
        <location filename="../../ui/widgets/panel_editor.py" line="41"/>
        <source>合议组由合议组长和审理员组成，须为三人以上单数；书记员负责记录，技术调查官不参与表决。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/panel_editor.py" line="49"/>
        <source>合议组长(&amp;L)：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/panel_editor.py" line="54"/>
        <source>审理员：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/panel_editor.py" line="56"/>
        <source>增加审理员(&amp;A)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/panel_editor.py" line="57"/>
        <source>减少审理员</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/panel_editor.py" line="66"/>
        <source>书记员(&amp;K)：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/panel_editor.py" line="69"/>
        <source>技术调查官(&amp;T)：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/panel_editor.py" line="78"/>
        <source>保存合议组(&amp;S)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/panel_editor.py" line="129"/>
        <source>（不指定）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/panel_editor.py" line="138"/>
        <source>请选择…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/panel_editor.py" line="220"/>
        <source>此案件已被他人修改</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RequestDialog</name>
    <message>
        <location filename="../../ui/dialogs/request_dialog.py" line="47"/>
        <source>修改请求信息 — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/request_dialog.py" line="58"/>
        <source>（按专利号自动识别）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/request_dialog.py" line="61"/>
        <location filename="../../ui/dialogs/request_dialog.py" line="117"/>
        <source>（登记人）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/request_dialog.py" line="66"/>
        <source>请求人</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/request_dialog.py" line="67"/>
        <source>被请求人</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/request_dialog.py" line="86"/>
        <source>保存(&amp;S)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/request_dialog.py" line="86"/>
        <source>登记(&amp;S)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/request_dialog.py" line="176"/>
        <source>✓ %1，%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/request_dialog.py" line="290"/>
        <source>已恢复 %1 保存的草稿。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/request_dialog.py" line="332"/>
        <source>此案件已被他人修改</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/request_dialog.ui" line="14"/>
        <source>登记处理请求</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/request_dialog.ui" line="37"/>
        <source>请求与专利(&amp;1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/request_dialog.ui" line="45"/>
        <source>收到请求书日期(&amp;D)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/request_dialog.ui" line="65"/>
        <source>承办人(&amp;O)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/request_dialog.ui" line="78"/>
        <source>专利号(&amp;N)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/request_dialog.ui" line="88"/>
        <source>如 ZL201610259567.X</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/request_dialog.ui" line="105"/>
        <source>专利类型(&amp;T)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/request_dialog.ui" line="118"/>
        <source>专利名称(&amp;M)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/request_dialog.ui" line="132"/>
        <source>专利权人(&amp;Q)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/request_dialog.ui" line="146"/>
        <source>申请日</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/request_dialog.ui" line="162"/>
        <location filename="../../forms/request_dialog.ui" line="192"/>
        <source>未填写</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/request_dialog.ui" line="176"/>
        <source>授权公告日</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/request_dialog.ui" line="206"/>
        <source>案件特征</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/request_dialog.ui" line="218"/>
        <source>涉外/涉港澳台(&amp;W)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/request_dialog.ui" line="225"/>
        <source>电商平台(&amp;E)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/request_dialog.ui" line="232"/>
        <source>展会(&amp;F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/request_dialog.ui" line="258"/>
        <source>请求人(&amp;2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/request_dialog.ui" line="268"/>
        <source>被请求人(&amp;3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/request_dialog.ui" line="278"/>
        <source>请求内容(&amp;4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/request_dialog.ui" line="286"/>
        <source>请求保护的权利要求(&amp;C)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/request_dialog.ui" line="296"/>
        <source>如 权利要求1、3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/request_dialog.ui" line="303"/>
        <source>被控侵权产品(&amp;P)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/request_dialog.ui" line="317"/>
        <source>被控侵权行为</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/request_dialog.ui" line="329"/>
        <source>制造</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/request_dialog.ui" line="336"/>
        <source>使用</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/request_dialog.ui" line="343"/>
        <source>许诺销售</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/request_dialog.ui" line="350"/>
        <source>销售</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/request_dialog.ui" line="357"/>
        <source>进口</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/request_dialog.ui" line="373"/>
        <source>请求事项(&amp;R)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/request_dialog.ui" line="386"/>
        <source>如：责令被请求人立即停止制造、销售侵犯涉案专利权的产品</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsView</name>
    <message>
        <location filename="../../ui/views/settings_view.py" line="26"/>
        <source>机关(&amp;1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/settings_view.py" line="27"/>
        <source>用户(&amp;2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/settings_view.py" line="28"/>
        <source>节假日(&amp;3)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UserDialog</name>
    <message>
        <location filename="../../ui/views/settings_users.py" line="40"/>
        <source>重置密码 — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/settings_users.py" line="40"/>
        <source>添加用户</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/settings_users.py" line="54"/>
        <source>用户名(&amp;U)：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/settings_users.py" line="55"/>
        <source>姓名(&amp;N)：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/settings_users.py" line="56"/>
        <source>角色(&amp;R)：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/settings_users.py" line="57"/>
        <source>密码(&amp;P)：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/settings_users.py" line="58"/>
        <source>确认密码(&amp;C)：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/settings_users.py" line="74"/>
        <source>两次输入的密码不一致</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UsersPage</name>
    <message>
        <location filename="../../ui/views/settings_users.py" line="103"/>
        <source>用户名</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/settings_users.py" line="103"/>
        <source>姓名</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/settings_users.py" line="103"/>
        <source>角色</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/settings_users.py" line="103"/>
        <source>状态</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/settings_users.py" line="112"/>
        <source>添加用户(&amp;A)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/settings_users.py" line="113"/>
        <source>停用/启用(&amp;T)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/settings_users.py" line="114"/>
        <source>重置密码(&amp;P)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/settings_users.py" line="131"/>
        <source>启用</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/settings_users.py" line="131"/>
        <source>已停用</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/settings_users.py" line="150"/>
        <source>重置密码</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/settings_users.py" line="150"/>
        <source>密码已重置。</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>case_tabs</name>
    <message>
        <location filename="../../ui/views/case_tabs.py" line="126"/>
        <source>身份</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/case_tabs.py" line="126"/>
        <source>名称/姓名</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/case_tabs.py" line="126"/>
        <source>类型</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/case_tabs.py" line="126"/>
        <source>证件号码</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/case_tabs.py" line="126"/>
        <source>法定代表人</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/case_tabs.py" line="126"/>
        <source>地址</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/case_tabs.py" line="126"/>
        <source>电话</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/case_tabs.py" line="127"/>
        <source>受理通知送达</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/case_tabs.py" line="127"/>
        <source>副本送达</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/case_tabs.py" line="127"/>
        <source>答辩书收到</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/case_tabs.py" line="127"/>
        <source>裁决书送达</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/case_tabs.py" line="234"/>
        <source>时间</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/case_tabs.py" line="234"/>
        <source>操作人</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/case_tabs.py" line="234"/>
        <source>事项</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/case_tabs.py" line="234"/>
        <source>状态变化</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/case_tabs.py" line="234"/>
        <source>详情</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>errors</name>
    <message>
        <location filename="../../ui/errors.py" line="31"/>
        <source>必须填写</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="32"/>
        <source>格式不正确</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="33"/>
        <source>不能晚于今天</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="34"/>
        <source>不是可选的值</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="35"/>
        <source>超出允许的范围</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="36"/>
        <source>必须是数字</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="37"/>
        <source>校验位不正确（按前面的数字，校验位应为 %1）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="38"/>
        <source>年份不正确（%1）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="39"/>
        <source>专利类型代码不正确（%1，应为 1、2、3、8 或 9）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="40"/>
        <source>出生日期不正确（%1）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="41"/>
        <source>日期不正确（%1）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="42"/>
        <source>类型不正确（%1），应为 假/休/holiday 或 班/调休/workday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="43"/>
        <source>日期不属于该年份（%1）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="44"/>
        <source>同一天既是假日又是调休上班日（%1）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="45"/>
        <location filename="../../ui/errors.py" line="75"/>
        <source>结案期限已延长两次，不能再延长</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="46"/>
        <source>已存在（%1）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="47"/>
        <source>内容过长</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="48"/>
        <source>数量过多（%1）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="49"/>
        <source>密码太简单</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="50"/>
        <source>太短（至少 %1 个字符）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="51"/>
        <source>已被使用</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="52"/>
        <source>不能停用自己的账户</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="53"/>
        <source>未找到，可能已被删除</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="54"/>
        <source>该审批事项已处理（%1）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="55"/>
        <source>与专利号中的类型代码不符</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="56"/>
        <source>不能早于申请日</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="57"/>
        <source>不能晚于收到请求书的日期</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="58"/>
        <source>不能早于立案日期（%1）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="59"/>
        <source>不能早于开始日期（%1）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="60"/>
        <source>须包含序号占位符 %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="61"/>
        <source>须包含年份占位符 %1（否则每年序号会重复）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="62"/>
        <source>没有可导入的日期</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="67"/>
        <source>案件当前状态下不能进行此操作</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="68"/>
        <source>案件已中止处理，恢复处理前不能进行此操作</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="69"/>
        <source>案件未中止，无需恢复</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="70"/>
        <source>此事项已提交审批，尚待部门负责人决定</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="71"/>
        <source>合议组尚未依法组成（见“合议组”页）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="72"/>
        <source>尚未向全部被请求人送达请求书副本，答辩期未开始</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="73"/>
        <source>答辩期尚未届满</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="74"/>
        <source>立案审查期限已延长过一次</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="76"/>
        <source>中止请使用“中止处理”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="77"/>
        <source>该类不计入期间已经开始，尚未结束</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="78"/>
        <source>没有正在进行的不计入期间</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="79"/>
        <source>该类不计入期间没有开始</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="80"/>
        <source>书面审理作出不利裁决前，须告知被请求人事实、理由和证据并给予陈述期间</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="81"/>
        <source>立案日期不能早于收到请求书的日期</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="82"/>
        <source>口审日期不能早于排定的口审时间</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="83"/>
        <source>结案日期不能早于立案日期</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="84"/>
        <source>案件已立案，请求信息不能再修改</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="89"/>
        <source>须指定一名合议组长</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="90"/>
        <source>合议组长只能有一名</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="91"/>
        <source>合议组成员（组长和审理员）至少三人</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="92"/>
        <source>合议组成员（组长和审理员）须为单数</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="93"/>
        <source>须指定一名书记员</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="94"/>
        <source>书记员只能有一名</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="95"/>
        <source>技术调查官只能有一名</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="96"/>
        <source>同一人不能在合议组中担任两个职务</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="100"/>
        <source>案件</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="101"/>
        <source>用户</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="102"/>
        <source>审批事项</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="103"/>
        <source>机关</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="104"/>
        <source>节假日年份</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="105"/>
        <source>当事人</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>labels</name>
    <message>
        <location filename="../../ui/labels.py" line="38"/>
        <source>请求书已收到</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="39"/>
        <source>补正中</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="40"/>
        <source>已立案</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="41"/>
        <location filename="../../ui/labels.py" line="161"/>
        <source>答辩期</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="42"/>
        <source>调查取证</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="43"/>
        <source>口审已排期</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="44"/>
        <source>已口审</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="45"/>
        <source>合议</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="46"/>
        <source>结案审批</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="47"/>
        <location filename="../../ui/labels.py" line="201"/>
        <source>不予受理</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="48"/>
        <source>裁决结案（侵权成立）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="49"/>
        <source>裁决结案（驳回请求）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="50"/>
        <location filename="../../ui/labels.py" line="216"/>
        <source>调解结案</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="51"/>
        <location filename="../../ui/labels.py" line="217"/>
        <source>撤销案件</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="52"/>
        <source>已归档</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="56"/>
        <source>发明</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="57"/>
        <source>实用新型</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="58"/>
        <source>外观设计</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="62"/>
        <source>制造</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="63"/>
        <source>使用</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="64"/>
        <source>许诺销售</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="65"/>
        <source>销售</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="66"/>
        <source>进口</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="70"/>
        <location filename="../../ui/labels.py" line="293"/>
        <source>请求人</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="71"/>
        <location filename="../../ui/labels.py" line="294"/>
        <source>被请求人</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="72"/>
        <source>第三人</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="76"/>
        <source>自然人</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="77"/>
        <source>法人</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="78"/>
        <source>非法人组织</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="82"/>
        <source>办案人员</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="83"/>
        <location filename="../../ui/labels.py" line="92"/>
        <location filename="../../ui/labels.py" line="314"/>
        <location filename="../../ui/labels.py" line="340"/>
        <source>书记员</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="84"/>
        <source>处(科)室负责人</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="85"/>
        <source>部门负责人</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="86"/>
        <source>管理员</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="90"/>
        <location filename="../../ui/labels.py" line="312"/>
        <location filename="../../ui/labels.py" line="338"/>
        <source>合议组长</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="91"/>
        <location filename="../../ui/labels.py" line="313"/>
        <location filename="../../ui/labels.py" line="339"/>
        <source>审理员</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="93"/>
        <location filename="../../ui/labels.py" line="315"/>
        <location filename="../../ui/labels.py" line="341"/>
        <source>技术调查官</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="97"/>
        <source>请求人撤回请求</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="98"/>
        <source>请求人无正当理由拒不参加口审，按撤回处理</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="99"/>
        <source>立案后发现不符合受理条件</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="100"/>
        <source>当事人死亡或终止，无继承人或权利义务承受人</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="101"/>
        <source>经释明仍不明确请求保护的权利要求</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="102"/>
        <source>时效抗辩成立</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="103"/>
        <source>管辖权异议成立，移送</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="104"/>
        <source>当事人已向人民法院起诉</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="105"/>
        <location filename="../../ui/labels.py" line="117"/>
        <source>其他</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="109"/>
        <source>请求人不是专利权人或利害关系人</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="110"/>
        <source>没有明确的被请求人</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="111"/>
        <source>没有明确的请求事项和具体事实、理由</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="112"/>
        <source>不属于本机关受案和管辖范围</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="113"/>
        <source>当事人已就该纠纷向人民法院起诉</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="114"/>
        <source>无正当理由拒不提交专利权评价报告</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="115"/>
        <source>拒不提交经公证认证的身份证明</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="116"/>
        <source>逾期未补正或补正后仍不符合规定</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="121"/>
        <source>实用新型或外观设计专利无效宣告请求已受理</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="122"/>
        <source>一方当事人死亡，需等待继承人表明是否参加处理</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="123"/>
        <source>一方当事人丧失行为能力，尚未确定法定代理人</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="124"/>
        <source>一方当事人终止，尚未确定权利义务承受人</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="125"/>
        <source>一方当事人因不可抗拒的事由不能参加处理</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="126"/>
        <source>本案须以另一案的审理结果为依据</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="127"/>
        <source>需请示上级机关答复</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="131"/>
        <source>中止</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="132"/>
        <source>公告</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="133"/>
        <source>检验鉴定</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="134"/>
        <source>管辖权异议</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="135"/>
        <source>当事人申请延长举证期限</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="136"/>
        <source>和解</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="140"/>
        <source>侵权成立，责令停止侵权</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="141"/>
        <source>驳回请求</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="145"/>
        <source>直接送达</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="146"/>
        <source>邮寄送达</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="147"/>
        <source>留置送达</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="148"/>
        <source>电子送达</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="149"/>
        <source>公告送达</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="153"/>
        <source>待审批</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="154"/>
        <source>已批准</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="155"/>
        <source>不予批准</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="159"/>
        <source>立案审查期限</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="160"/>
        <location filename="../../ui/labels.py" line="203"/>
        <source>送达请求书副本</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="162"/>
        <location filename="../../ui/labels.py" line="206"/>
        <source>转送答辩书</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="163"/>
        <source>回避申请期限</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="164"/>
        <source>举证期限</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="165"/>
        <source>结案期限</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="166"/>
        <source>起诉期限</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="167"/>
        <location filename="../../ui/labels.py" line="244"/>
        <source>补正期限</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="172"/>
        <source>进行中</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="173"/>
        <source>已完成</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="174"/>
        <source>不再适用</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="175"/>
        <source>已届满</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="179"/>
        <source>已逾期</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="180"/>
        <source>即将到期</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="181"/>
        <source>正常</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="185"/>
        <source>个月</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="186"/>
        <source>日</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="190"/>
        <source>管理员录入</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="191"/>
        <source>内置数据</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="192"/>
        <source>暂定（仅按周末计算）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="197"/>
        <source>补正通知</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="198"/>
        <source>收到补正材料</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="199"/>
        <source>延长立案审查期限</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="200"/>
        <source>立案</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="202"/>
        <source>送达受理通知书</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="204"/>
        <source>收到答辩书</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="205"/>
        <source>答辩期满</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="207"/>
        <source>安排口头审理</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="208"/>
        <source>变更口审时间</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="209"/>
        <source>口头审理完毕</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="210"/>
        <source>请求人拒不到庭</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="211"/>
        <source>书面审理</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="212"/>
        <source>进入合议</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="213"/>
        <source>提交结案审批</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="214"/>
        <source>裁决结案</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="215"/>
        <source>退回合议</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="218"/>
        <source>中止处理</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="219"/>
        <source>不予中止</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="220"/>
        <source>恢复处理</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="221"/>
        <source>开始不计入期间</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="222"/>
        <source>结束不计入期间</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="223"/>
        <source>延长结案期限</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="224"/>
        <source>送达裁决书</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="225"/>
        <source>归档</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="230"/>
        <source>登记请求书</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="231"/>
        <source>修改请求信息</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="232"/>
        <source>组成合议组</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="233"/>
        <source>提交审批</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="234"/>
        <source>审核意见</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="235"/>
        <source>审批决定</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="236"/>
        <source>期限重新计算</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="243"/>
        <source>需补正事项</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="245"/>
        <source>收到日期</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="246"/>
        <source>理由</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="247"/>
        <source>立案日期</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="248"/>
        <source>案情简介</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="249"/>
        <source>不予受理理由</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="250"/>
        <source>理由说明</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="251"/>
        <source>决定日期</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="252"/>
        <source>送达日期</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="253"/>
        <source>送达方式</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="254"/>
        <location filename="../../ui/labels.py" line="255"/>
        <source>当事人</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="256"/>
        <source>转送日期</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="257"/>
        <source>口审时间</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="258"/>
        <source>口审地点</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="259"/>
        <source>口审日期</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="260"/>
        <source>被请求人缺席</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="261"/>
        <source>已告知被请求人事实、理由和证据并给予陈述期间</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="262"/>
        <source>备注</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="263"/>
        <source>合议结论</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="264"/>
        <source>多数意见</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="265"/>
        <source>不同意见</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="266"/>
        <source>裁决日期</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="267"/>
        <source>调解协议签署日期</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="268"/>
        <source>调解协议内容</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="269"/>
        <source>撤销理由</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="270"/>
        <source>移送机关</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="271"/>
        <source>中止事由</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="272"/>
        <source>开始日期</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="273"/>
        <source>恢复日期</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="274"/>
        <source>期间类型</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="275"/>
        <source>结束日期</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="276"/>
        <source>延长期限</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="277"/>
        <location filename="../../ui/labels.py" line="305"/>
        <source>单位</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="278"/>
        <source>上级部门批准文号</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="280"/>
        <location filename="../../ui/labels.py" line="287"/>
        <source>专利号</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="281"/>
        <location filename="../../ui/labels.py" line="288"/>
        <source>专利类型</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="282"/>
        <location filename="../../ui/labels.py" line="289"/>
        <source>专利名称</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="283"/>
        <location filename="../../ui/labels.py" line="290"/>
        <source>专利权人</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="284"/>
        <location filename="../../ui/labels.py" line="291"/>
        <source>申请日</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="285"/>
        <location filename="../../ui/labels.py" line="292"/>
        <source>授权公告日</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="286"/>
        <source>专利</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="295"/>
        <source>名称/姓名</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="296"/>
        <source>主体类型</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="297"/>
        <source>统一社会信用代码</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="298"/>
        <source>身份证号</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="299"/>
        <source>法定代表人</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="300"/>
        <source>职务</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="301"/>
        <source>地址</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="302"/>
        <source>电话</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="303"/>
        <source>在中国境内无住所</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="304"/>
        <source>委托代理人</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="306"/>
        <source>请求保护的权利要求</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="307"/>
        <source>被控侵权产品</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="308"/>
        <source>侵权行为</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="309"/>
        <source>请求事项</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="310"/>
        <source>承办人</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="311"/>
        <source>合议组</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="317"/>
        <source>用户名</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="318"/>
        <source>姓名</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="319"/>
        <source>角色</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="320"/>
        <source>密码</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="321"/>
        <source>机关简称</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="322"/>
        <source>案号格式</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="323"/>
        <source>邮编</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="324"/>
        <source>上级部门</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="325"/>
        <source>意见</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="326"/>
        <source>日期</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="327"/>
        <source>年份</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="328"/>
        <source>文件</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="329"/>
        <source>启用</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="330"/>
        <source>用户</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="331"/>
        <source>审批事项</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="332"/>
        <source>是否批准</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="333"/>
        <source>事项</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="334"/>
        <source>内容</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="335"/>
        <source>案号</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="336"/>
        <source>问题</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="337"/>
        <source>延长次数</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../../main.py" line="173"/>
        <source>正在准备数据库（首次运行会创建演示数据）…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../main.py" line="176"/>
        <source>专利侵权纠纷行政裁决案件管理</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
