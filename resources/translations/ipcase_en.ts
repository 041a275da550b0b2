<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="zh_CN">
<context>
    <name></name>
    <message>
        <location filename="../../ui/common/errors.py" line="110"/>
        <source>第 %1 行</source>
        <translation>Row %1</translation>
    </message>
    <message>
        <location filename="../../ui/common/errors.py" line="157"/>
        <location filename="../../ui/common/field_errors.py" line="255"/>
        <source>请更正以下内容：</source>
        <translation>Please correct the following:</translation>
    </message>
    <message>
        <location filename="../../ui/common/errors.py" line="161"/>
        <source>不能执行“%1”：</source>
        <translation>Cannot perform &quot;%1&quot;:</translation>
    </message>
    <message>
        <location filename="../../ui/common/errors.py" line="165"/>
        <source>“%1”：节假日全国统一，只能由最上级机关的管理员维护。</source>
        <translation>&quot;%1&quot;: public holidays are the same nationwide and only an administrator of the top-level office maintains them.</translation>
    </message>
    <message>
        <location filename="../../ui/common/errors.py" line="167"/>
        <source>“%1”：该记录属于下级机关，上级机关只能查阅，不能修改。</source>
        <translation>&quot;%1&quot;: this record belongs to a subordinate office; a supervising office may only read it.</translation>
    </message>
    <message>
        <location filename="../../ui/common/errors.py" line="168"/>
        <source>“%1”：该记录不属于本机关，不能修改。</source>
        <translation>&quot;%1&quot;: this record does not belong to your office and cannot be changed.</translation>
    </message>
    <message>
        <location filename="../../ui/common/errors.py" line="170"/>
        <source>您的账户已被停用或更改，请重新登录。</source>
        <translation>Your account has been deactivated or changed; please log in again.</translation>
    </message>
    <message>
        <location filename="../../ui/common/errors.py" line="172"/>
        <source>当前用户</source>
        <translation>Current user</translation>
    </message>
    <message>
        <location filename="../../ui/common/errors.py" line="174"/>
        <source>%1无权进行“%2”。</source>
        <translation>%1 may not perform &quot;%2&quot;.</translation>
    </message>
    <message>
        <location filename="../../ui/common/errors.py" line="176"/>
        <source>口审安排不符合以下规则：</source>
        <translation>The hearing arrangements break these rules:</translation>
    </message>
    <message>
        <location filename="../../ui/common/errors.py" line="179"/>
        <source>此案件已被他人修改，已重新载入最新内容。</source>
        <translation>This case was changed by someone else; the latest content has been reloaded.</translation>
    </message>
    <message>
        <location filename="../../ui/common/errors.py" line="180"/>
        <source>此记录已被他人修改，已重新载入最新内容。</source>
        <translation>This record was changed by someone else; the latest content has been reloaded.</translation>
    </message>
    <message>
        <location filename="../../ui/common/errors.py" line="182"/>
        <source>对方所作的修改：</source>
        <translation>Changes made by the other person:</translation>
    </message>
    <message>
        <location filename="../../ui/common/errors.py" line="183"/>
        <source>您填写的内容仍保留在窗口中，请核对后再提交。</source>
        <translation>What you typed is still in the window; check it and submit again.</translation>
    </message>
    <message>
        <location filename="../../ui/common/errors.py" line="186"/>
        <source>未找到%1（%2），可能已被删除。</source>
        <translation>%1 (%2) not found; it may have been deleted.</translation>
    </message>
    <message>
        <location filename="../../ui/common/errors.py" line="189"/>
        <source>密码连续输错次数过多，账户已锁定至 %1。
届时可再试；如需提前解锁，请联系本局系统管理员。</source>
        <translation>Too many wrong passwords: the account is locked until %1.
Try again then; to unlock it sooner, contact your office&apos;s system administrator.</translation>
    </message>
    <message>
        <location filename="../../ui/common/errors.py" line="192"/>
        <source>用户名或密码不正确，或账户已停用。</source>
        <translation>Wrong user name or password, or the account is deactivated.</translation>
    </message>
    <message>
        <location filename="../../ui/common/errors.py" line="196"/>
        <source>数据库正忙（其他用户正在保存），本次操作未保存，请稍后重试。</source>
        <translation>The database is busy (another user is saving); this action was not saved, please try again shortly.</translation>
    </message>
    <message>
        <location filename="../../ui/common/errors.py" line="198"/>
        <source>操作失败：%1</source>
        <translation>Operation failed: %1</translation>
    </message>
    <message>
        <location filename="../../ui/common/errors.py" line="199"/>
        <source>发生意外错误：%1</source>
        <translation>An unexpected error occurred: %1</translation>
    </message>
    <message>
        <location filename="../../ui/cases/table_model.py" line="61"/>
        <location filename="../../ui/cases/tabs.py" line="70"/>
        <source>涉外</source>
        <translation>Foreign</translation>
    </message>
    <message>
        <location filename="../../ui/cases/tabs.py" line="70"/>
        <source>电商平台</source>
        <translation>E-commerce platform</translation>
    </message>
    <message>
        <location filename="../../ui/cases/table_model.py" line="65"/>
        <location filename="../../ui/cases/tabs.py" line="71"/>
        <source>展会</source>
        <translation>Trade fair</translation>
    </message>
    <message>
        <location filename="../../ui/cases/tabs.py" line="73"/>
        <source>案号</source>
        <translation>Case number</translation>
    </message>
    <message>
        <location filename="../../ui/cases/approval_model.py" line="41"/>
        <source>待审批</source>
        <translation>Awaiting approval</translation>
    </message>
    <message>
        <location filename="../../ui/cases/approval_model.py" line="43"/>
        <source>已审核，待审批</source>
        <translation>Reviewed, awaiting approval</translation>
    </message>
    <message>
        <location filename="../../ui/cases/approval_model.py" line="44"/>
        <source>待审核</source>
        <translation>Awaiting review</translation>
    </message>
    <message>
        <location filename="../../ui/cases/approval_model.py" line="69"/>
        <location filename="../../ui/cases/table_model.py" line="100"/>
        <location filename="../../ui/cases/tabs.py" line="73"/>
        <location filename="../../ui/common/deadline_model.py" line="128"/>
        <location filename="../../ui/hearings/late_notice.py" line="19"/>
        <location filename="../../ui/intake/table_model.py" line="48"/>
        <location filename="../../ui/mediation/table_model.py" line="45"/>
        <location filename="../../ui/mediation/table_model.py" line="46"/>
        <source>未立案</source>
        <translation>Not registered</translation>
    </message>
    <message>
        <location filename="../../ui/cases/tabs.py" line="74"/>
        <source>状态</source>
        <translation>State</translation>
    </message>
    <message>
        <location filename="../../ui/cases/tabs.py" line="74"/>
        <source>（中止处理中）</source>
        <translation>(handling suspended)</translation>
    </message>
    <message>
        <location filename="../../ui/cases/tabs.py" line="75"/>
        <source>承办人</source>
        <translation>Officer in charge</translation>
    </message>
    <message>
        <location filename="../../ui/cases/tabs.py" line="76"/>
        <source>收到请求书</source>
        <translation>Request received</translation>
    </message>
    <message>
        <location filename="../../ui/cases/tabs.py" line="79"/>
        <source>补正期限</source>
        <translation>Completion period</translation>
    </message>
    <message>
        <location filename="../../ui/cases/tabs.py" line="81"/>
        <source>受理决定日期</source>
        <translation>Date of the acceptance decision</translation>
    </message>
    <message>
        <location filename="../../ui/cases/tabs.py" line="83"/>
        <source>立案日期</source>
        <translation>Registration date</translation>
    </message>
    <message>
        <location filename="../../ui/cases/tabs.py" line="85"/>
        <source>口头审理</source>
        <translation>Oral hearings</translation>
    </message>
    <message>
        <location filename="../../ui/cases/tabs.py" line="87"/>
        <source>合议结论</source>
        <translation>Conclusion of deliberation</translation>
    </message>
    <message>
        <location filename="../../ui/cases/tabs.py" line="89"/>
        <source>结案日期</source>
        <translation>Closing date</translation>
    </message>
    <message>
        <location filename="../../ui/cases/tabs.py" line="91"/>
        <source>结案情况</source>
        <translation>Closing</translation>
    </message>
    <message>
        <location filename="../../ui/cases/tabs.py" line="93"/>
        <source>请求事项</source>
        <translation>Claims</translation>
    </message>
    <message>
        <location filename="../../ui/cases/tabs.py" line="94"/>
        <source>被控侵权产品</source>
        <translation>Product accused of infringement</translation>
    </message>
    <message>
        <location filename="../../ui/cases/tabs.py" line="95"/>
        <source>被控侵权行为</source>
        <translation>Act accused of infringement</translation>
    </message>
    <message>
        <location filename="../../ui/cases/tabs.py" line="96"/>
        <location filename="../../ui/cases/tabs.py" line="126"/>
        <source>请求保护的权利要求</source>
        <translation>Claims asserted</translation>
    </message>
    <message>
        <location filename="../../ui/cases/tabs.py" line="97"/>
        <source>案件特征</source>
        <translation>Case characteristics</translation>
    </message>
    <message>
        <location filename="../../ui/cases/tabs.py" line="97"/>
        <source>无</source>
        <translation>None</translation>
    </message>
    <message>
        <location filename="../../ui/cases/tabs.py" line="103"/>
        <source>第%1次延长</source>
        <translation>Extension %1</translation>
    </message>
    <message>
        <location filename="../../ui/cases/tabs.py" line="112"/>
        <source>基本情况</source>
        <translation>Overview</translation>
    </message>
    <message>
        <location filename="../../ui/cases/tabs.py" line="112"/>
        <source>请求</source>
        <translation>Request</translation>
    </message>
    <message>
        <location filename="../../ui/cases/tabs.py" line="113"/>
        <source>中止及不计入结案期限的期间</source>
        <translation>Suspensions and periods not counted in the closing limit</translation>
    </message>
    <message>
        <location filename="../../ui/cases/tabs.py" line="113"/>
        <source>结案期限延长</source>
        <translation>Extension of the closing limit</translation>
    </message>
    <message>
        <location filename="../../ui/cases/tabs.py" line="114"/>
        <source>审批</source>
        <translation>Approval</translation>
    </message>
    <message>
        <location filename="../../ui/cases/tabs.py" line="119"/>
        <source>涉案专利</source>
        <translation>Patent in suit</translation>
    </message>
    <message>
        <location filename="../../ui/cases/tabs.py" line="120"/>
        <source>专利号</source>
        <translation>Patent number</translation>
    </message>
    <message>
        <location filename="../../ui/cases/tabs.py" line="121"/>
        <source>专利类型</source>
        <translation>Patent type</translation>
    </message>
    <message>
        <location filename="../../ui/cases/tabs.py" line="122"/>
        <source>专利名称</source>
        <translation>Patent title</translation>
    </message>
    <message>
        <location filename="../../ui/cases/tabs.py" line="123"/>
        <source>专利权人</source>
        <translation>Patentee</translation>
    </message>
    <message>
        <location filename="../../ui/cases/tabs.py" line="124"/>
        <source>申请日</source>
        <translation>Filing date</translation>
    </message>
    <message>
        <location filename="../../ui/cases/tabs.py" line="125"/>
        <source>授权公告日</source>
        <translation>Grant publication date</translation>
    </message>
    <message>
        <location filename="../../ui/cases/tabs.py" line="147"/>
        <source>（境内无住所）</source>
        <translation>(no domicile in China)</translation>
    </message>
    <message>
        <location filename="../../ui/cases/tabs.py" line="153"/>
        <source>委托代理人</source>
        <translation>Authorised agent</translation>
    </message>
    <message>
        <location filename="../../ui/cases/tabs.py" line="194"/>
        <source>选择一个期限，查看其计算依据。</source>
        <translation>Choose a deadline to see how it is calculated.</translation>
    </message>
    <message>
        <location filename="../../ui/cases/tabs.py" line="203"/>
        <source>等待送达：%1（%2）— %3 自送达之日起算</source>
        <translation>Awaiting service: %1 (%2) — %3 runs from service</translation>
    </message>
    <message>
        <location filename="../../ui/cases/tabs.py" line="224"/>
        <source>到期日：</source>
        <translation>Due date:</translation>
    </message>
    <message>
        <location filename="../../ui/cases/tabs.py" line="225"/>
        <source>计算依据：</source>
        <translation>Basis of calculation:</translation>
    </message>
    <message>
        <location filename="../../ui/cases/tabs.py" line="229"/>
        <source>结案期限暂停计算中（中止或其他不计入期间）。</source>
        <translation>The closing limit is paused (suspension or another period not counted).</translation>
    </message>
    <message>
        <location filename="../../ui/cases/tabs.py" line="240"/>
        <source>事项：</source>
        <translation>Matter:</translation>
    </message>
    <message>
        <location filename="../../ui/cases/tabs.py" line="242"/>
        <source>批准</source>
        <translation>Approve</translation>
    </message>
    <message>
        <location filename="../../ui/cases/tabs.py" line="242"/>
        <source>不予批准</source>
        <translation>Not approved</translation>
    </message>
    <message>
        <location filename="../../ui/cases/tabs.py" line="252"/>
        <source>当事人：</source>
        <translation>Parties:</translation>
    </message>
    <message>
        <location filename="../../ui/common/deadline_model.py" line="58"/>
        <source>%1 年的法定节假日尚未录入，此日期暂按周末计算；管理员在“设置 › 节假日”录入后会自动重新计算。</source>
        <translation>The public holidays of %1 have not been entered; this date counts weekends only for now and will be recalculated once an administrator enters them in Settings › Holidays.</translation>
    </message>
    <message>
        <location filename="../../ui/common/deadline_model.py" line="66"/>
        <source>暂停计算</source>
        <translation>Paused</translation>
    </message>
    <message>
        <location filename="../../ui/common/deadline_model.py" line="68"/>
        <source>%1 天前届满</source>
        <translation>expired %1 days ago</translation>
    </message>
    <message>
        <location filename="../../ui/common/deadline_model.py" line="70"/>
        <source>逾期 %1 天</source>
        <translation>%1 days overdue</translation>
    </message>
    <message>
        <location filename="../../ui/common/deadline_model.py" line="72"/>
        <source>今天到期</source>
        <translation>Due today</translation>
    </message>
    <message>
        <location filename="../../ui/common/deadline_model.py" line="73"/>
        <source>%1 天（%2 个工作日）</source>
        <translation>%1 days (%2 working days)</translation>
    </message>
    <message>
        <location filename="../../ui/common/deadline_model.py" line="81"/>
        <source>暂停</source>
        <translation>Pause</translation>
    </message>
    <message>
        <location filename="../../ui/common/deadline_model.py" line="83"/>
        <source>期间已届满</source>
        <translation>The period has ended</translation>
    </message>
    <message>
        <location filename="../../ui/common/deadline_model.py" line="86"/>
        <source>已完成（%1）</source>
        <translation>Completed (%1)</translation>
    </message>
    <message>
        <location filename="../../ui/common/deadline_model.py" line="107"/>
        <source>案件处于不计入结案期限的期间（中止、公告、鉴定等），结案期限暂停计算。</source>
        <translation>The case is in a period not counted in the closing limit (suspension, public notice, appraisal, etc.); the closing limit is paused.</translation>
    </message>
    <message>
        <location filename="../../ui/common/deadline_model.py" line="109"/>
        <source>这是当事人的期间，已经届满；不是本机关的办理期限。</source>
        <translation>This is a party&apos;s period and it has ended; it is not a handling limit of this office.</translation>
    </message>
    <message>
        <location filename="../../ui/cases/table_model.py" line="59"/>
        <source>中止</source>
        <translation>Suspend</translation>
    </message>
    <message>
        <location filename="../../ui/cases/table_model.py" line="63"/>
        <source>电商</source>
        <translation>E-commerce</translation>
    </message>
    <message>
        <location filename="../../ui/cases/table_model.py" line="82"/>
        <source>该日期所在年份的法定节假日尚未录入，暂按周末计算；录入后会自动重新计算。</source>
        <translation>The public holidays of that date&apos;s year have not been entered; weekends only are counted for now and the date is recalculated once they are entered.</translation>
    </message>
    <message>
        <location filename="../../ui/cases/table_model.py" line="76"/>
        <source>已结 %1</source>
        <translation>%1 closed</translation>
    </message>
    <message>
        <location filename="../../ui/common/error_dialog.py" line="30"/>
        <source>程序错误</source>
        <translation>Program error</translation>
    </message>
    <message>
        <location filename="../../ui/common/error_dialog.py" line="33"/>
        <source>程序遇到了意外错误，本次操作可能没有完成。请把下面的详细信息复制给系统管理员。</source>
        <translation>The program hit an unexpected error and this action may not have completed. Copy the details below to your system administrator.</translation>
    </message>
    <message>
        <location filename="../../ui/common/error_dialog.py" line="45"/>
        <source>复制详细信息(&amp;C)</source>
        <translation>&amp;Copy details</translation>
    </message>
    <message>
        <location filename="../../ui/common/messages.py" line="16"/>
        <source>不能完成操作</source>
        <translation>The operation could not be completed</translation>
    </message>
    <message>
        <location filename="../../ui/common/messages.py" line="31"/>
        <source>设置已被他人修改</source>
        <translation>The settings were changed by someone else</translation>
    </message>
    <message>
        <location filename="../../ui/common/messages.py" line="33"/>
        <source>：</source>
        <translation>:</translation>
    </message>
    <message>
        <location filename="../../ui/common/messages.py" line="33"/>
        <source>在您打开此页之后，%1 保存了新的设置。</source>
        <translation>After you opened this page, %1 saved new settings.</translation>
    </message>
    <message>
        <location filename="../../ui/common/messages.py" line="34"/>
        <source>在您打开此页之后，他人保存了新的设置。</source>
        <translation>After you opened this page, someone else saved new settings.</translation>
    </message>
    <message>
        <location filename="../../ui/common/messages.py" line="35"/>
        <source>载入最新设置：放弃您填写的内容，显示对方保存的设置。</source>
        <translation>Reload the latest settings: discard what you typed and show the settings the other person saved.</translation>
    </message>
    <message>
        <location filename="../../ui/common/messages.py" line="36"/>
        <source>保留我的内容：您填写的内容仍在窗口中；再次保存将替换对方保存的设置。</source>
        <translation>Keep my content: what you typed stays in the window; saving again replaces the settings the other person saved.</translation>
    </message>
    <message>
        <location filename="../../ui/common/messages.py" line="39"/>
        <source>载入最新设置(&amp;R)</source>
        <translation>&amp;Reload the latest settings</translation>
    </message>
    <message>
        <location filename="../../ui/common/messages.py" line="40"/>
        <source>保留我的内容(&amp;K)</source>
        <translation>&amp;Keep my content</translation>
    </message>
    <message>
        <location filename="../../ui/common/messages.py" line="52"/>
        <source>关闭登记窗口</source>
        <translation>Close the registration window</translation>
    </message>
    <message>
        <location filename="../../ui/common/messages.py" line="53"/>
        <source>已填写的内容尚未保存。是否保留为草稿，下次登记时继续？</source>
        <translation>What you typed has not been saved. Keep it as a draft to continue next time?</translation>
    </message>
    <message>
        <location filename="../../ui/common/messages.py" line="54"/>
        <source>保留草稿(&amp;K)</source>
        <translation>&amp;Keep the draft</translation>
    </message>
    <message>
        <location filename="../../ui/common/messages.py" line="55"/>
        <source>放弃(&amp;D)</source>
        <translation>&amp;Discard</translation>
    </message>
    <message>
        <location filename="../../ui/common/messages.py" line="56"/>
        <source>继续填写(&amp;C)</source>
        <translation>&amp;Continue editing</translation>
    </message>
    <message>
        <location filename="../../ui/common/messages.py" line="69"/>
        <source>恢复草稿</source>
        <translation>Restore draft</translation>
    </message>
    <message>
        <location filename="../../ui/common/messages.py" line="70"/>
        <source>发现 %1 保存的未完成登记草稿。是否恢复？
选择“否”将丢弃该草稿。</source>
        <translation>An unfinished registration draft saved at %1 was found. Restore it?
Choosing &quot;No&quot; discards the draft.</translation>
    </message>
    <message>
        <location filename="../../ui/common/fields.py" line="94"/>
        <location filename="../../ui/common/fields.py" line="191"/>
        <location filename="../../ui/evidence/form_dialog.py" line="59"/>
        <source>请选择…</source>
        <translation>Please choose…</translation>
    </message>
    <message>
        <location filename="../../ui/common/fields.py" line="94"/>
        <source>（无）</source>
        <translation>(none)</translation>
    </message>
    <message>
        <location filename="../../ui/common/fields.py" line="174"/>
        <source>已于 %1 送达</source>
        <translation>Served on %1</translation>
    </message>
    <message>
        <location filename="../../ui/common/fields.py" line="177"/>
        <source>（本案没有相应的当事人）</source>
        <translation>(this case has no such party)</translation>
    </message>
    <message>
        <location filename="../../ui/common/party_editor.py" line="60"/>
        <source>住址（公民代理人必填）</source>
        <translation>Address (required for a citizen agent)</translation>
    </message>
    <message>
        <location filename="../../ui/common/party_editor.py" line="63"/>
        <source>代理人姓名</source>
        <translation>Agent&apos;s name</translation>
    </message>
    <message>
        <location filename="../../ui/common/party_editor.py" line="65"/>
        <source>单位（律师事务所/专利代理机构）</source>
        <translation>Firm (law firm / patent agency)</translation>
    </message>
    <message>
        <location filename="../../ui/common/party_editor.py" line="67"/>
        <source>电话</source>
        <translation>Telephone</translation>
    </message>
    <message>
        <location filename="../../ui/common/party_editor.py" line="68"/>
        <location filename="../../ui/intake/targets.py" line="47"/>
        <source>删除</source>
        <translation>Delete</translation>
    </message>
    <message>
        <location filename="../../ui/common/party_editor.py" line="108"/>
        <source>18位统一社会信用代码</source>
        <translation>18-character unified social credit code</translation>
    </message>
    <message>
        <location filename="../../ui/common/party_editor.py" line="110"/>
        <source>18位居民身份证号码</source>
        <translation>18-digit resident ID number</translation>
    </message>
    <message>
        <location filename="../../ui/common/party_editor.py" line="113"/>
        <source>职务</source>
        <translation>Position</translation>
    </message>
    <message>
        <location filename="../../ui/common/party_editor.py" line="119"/>
        <source>在中国境内没有经常居所或营业所（答辩期30日）</source>
        <translation>No habitual residence or place of business in China (answer period 30 days)</translation>
    </message>
    <message>
        <location filename="../../ui/common/party_editor.py" line="120"/>
        <source>名称/姓名：</source>
        <translation>Name:</translation>
    </message>
    <message>
        <location filename="../../ui/common/party_editor.py" line="128"/>
        <source>主体类型：</source>
        <translation>Entity type:</translation>
    </message>
    <message>
        <location filename="../../ui/common/party_editor.py" line="131"/>
        <location filename="../../ui/intake/targets.py" line="54"/>
        <source>统一社会信用代码：</source>
        <translation>Unified social credit code:</translation>
    </message>
    <message>
        <location filename="../../ui/common/party_editor.py" line="133"/>
        <source>身份证号码：</source>
        <translation>ID number:</translation>
    </message>
    <message>
        <location filename="../../ui/common/party_editor.py" line="135"/>
        <source>法定代表人/负责人：</source>
        <translation>Legal representative / person in charge:</translation>
    </message>
    <message>
        <location filename="../../ui/common/party_editor.py" line="136"/>
        <location filename="../../ui/intake/targets.py" line="57"/>
        <source>地址：</source>
        <translation>Address:</translation>
    </message>
    <message>
        <location filename="../../ui/common/party_editor.py" line="137"/>
        <source>电话：</source>
        <translation>Telephone:</translation>
    </message>
    <message>
        <location filename="../../ui/common/party_editor.py" line="143"/>
        <source>委托代理人：</source>
        <translation>Authorised agent:</translation>
    </message>
    <message>
        <location filename="../../ui/common/party_editor.py" line="145"/>
        <source>添加代理人</source>
        <translation>Add an agent</translation>
    </message>
    <message>
        <location filename="../../ui/common/party_editor.py" line="147"/>
        <source>删除此当事人</source>
        <translation>Delete this party</translation>
    </message>
    <message>
        <location filename="../../ui/common/party_editor.py" line="277"/>
        <source>已登记 %1；如需更正请重新输入完整号码</source>
        <translation>%1 registered; to correct it, type the whole number again</translation>
    </message>
    <message>
        <location filename="../../ui/common/party_editor.py" line="300"/>
        <source>添加%1(&amp;A)</source>
        <translation>&amp;Add %1</translation>
    </message>
    <message>
        <location filename="../../ui/common/labels.py" line="338"/>
        <source>是</source>
        <translation>Yes</translation>
    </message>
    <message>
        <location filename="../../ui/common/labels.py" line="338"/>
        <source>否</source>
        <translation>No</translation>
    </message>
    <message>
        <location filename="../../ui/common/labels.py" line="353"/>
        <source>临时编号：在笔记本上登记，签入单位数据库后取得正式编号</source>
        <translation>Provisional number: registered on a laptop; the office number is given at check-in to the office database</translation>
    </message>
    <message>
        <location filename="../../ui/common/labels.py" line="364"/>
        <source>%1（暂定）</source>
        <translation>%1 (provisional)</translation>
    </message>
    <message>
        <location filename="../../ui/common/draft_form.py" line="62"/>
        <source>已恢复 %1 保存的草稿。</source>
        <translation>Draft saved at %1 restored.</translation>
    </message>
    <message>
        <location filename="../../ui/documents/labels.py" line="156"/>
        <source>%1的文号格式</source>
        <translation>Document number format of %1</translation>
    </message>
    <message>
        <location filename="../../ui/evidence/form_dialog.py" line="102"/>
        <source>添加一行(&amp;W)</source>
        <translation>Add a ro&amp;w</translation>
    </message>
    <message>
        <location filename="../../ui/evidence/form_dialog.py" line="103"/>
        <source>删除所选行</source>
        <translation>Delete the selected rows</translation>
    </message>
    <message>
        <location filename="../../ui/evidence/form_dialog.py" line="132"/>
        <source>第 %1 行 %2：%3</source>
        <translation>Row %1 %2: %3</translation>
    </message>
    <message>
        <location filename="../../ui/evidence/form_dialog.py" line="157"/>
        <source>（已存）%1</source>
        <translation>(saved) %1</translation>
    </message>
    <message>
        <location filename="../../ui/evidence/form_dialog.py" line="160"/>
        <source>添加文件(&amp;F)…</source>
        <translation>Add &amp;files…</translation>
    </message>
    <message>
        <location filename="../../ui/evidence/form_dialog.py" line="173"/>
        <source>选择证据文件</source>
        <translation>Choose evidence files</translation>
    </message>
    <message>
        <location filename="../../ui/evidence/form_dialog.py" line="222"/>
        <source>保存(&amp;S)</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <location filename="../../ui/evidence/form_dialog.py" line="231"/>
        <source>（选填）</source>
        <translation>(optional)</translation>
    </message>
    <message>
        <location filename="../../ui/evidence/forms.py" line="67"/>
        <source>登记证据</source>
        <translation>Register evidence</translation>
    </message>
    <message>
        <location filename="../../ui/evidence/forms.py" line="67"/>
        <source>修改证据：第 %1 号</source>
        <translation>Edit evidence: no. %1</translation>
    </message>
    <message>
        <location filename="../../ui/evidence/forms.py" line="81"/>
        <source>采信证据：%1</source>
        <translation>Evidence admitted: %1</translation>
    </message>
    <message>
        <location filename="../../ui/evidence/forms.py" line="81"/>
        <source>不予采信：%1</source>
        <translation>Not admitted: %1</translation>
    </message>
    <message>
        <location filename="../../ui/evidence/forms.py" line="83"/>
        <source>合议组对证据的认定意见；不予采信须说明理由。</source>
        <translation>The panel&apos;s assessment of the evidence; give reasons when not admitting it.</translation>
    </message>
    <message>
        <location filename="../../ui/evidence/forms.py" line="93"/>
        <source>已出示执法证件，告知检查事由、依法配合的义务及陈述、申辩的权利。</source>
        <translation>Showed the enforcement credentials and stated the reason for the inspection, the duty to cooperate and the right to state views and defend.</translation>
    </message>
    <message>
        <location filename="../../ui/evidence/forms.py" line="101"/>
        <source>现场检查（勘验）笔录</source>
        <translation>On-site inspection record</translation>
    </message>
    <message>
        <location filename="../../ui/evidence/forms.py" line="101"/>
        <source>调查笔录</source>
        <translation>Investigation record</translation>
    </message>
    <message>
        <location filename="../../ui/evidence/forms.py" line="104"/>
        <source>调查、检查须由两名以上执法人员进行（专利纠纷行政裁决和调解办法第四十四条、第四十七条）。</source>
        <translation>Investigations and inspections are made by at least two enforcement officers (Measures for Administrative Adjudication and Mediation of Patent Disputes arts. 44, 47).</translation>
    </message>
    <message>
        <location filename="../../ui/evidence/forms.py" line="117"/>
        <source>证据登记保存</source>
        <translation>Registration of evidence for preservation</translation>
    </message>
    <message>
        <location filename="../../ui/evidence/forms.py" line="117"/>
        <source>抽样取证</source>
        <translation>Sampling of evidence</translation>
    </message>
    <message>
        <location filename="../../ui/evidence/forms.py" line="118"/>
        <source>登记保存后须在七日内作出处理决定（期限列入“期限”页和工作台）。</source>
        <translation>After registration for preservation a decision must be made within seven days (the deadline appears on the Deadlines page and the workbench).</translation>
    </message>
    <message>
        <location filename="../../ui/evidence/forms.py" line="130"/>
        <source>登记保存处理决定</source>
        <translation>Decision on evidence registered for preservation</translation>
    </message>
    <message>
        <location filename="../../ui/evidence/forms.py" line="142"/>
        <source>委托技术鉴定</source>
        <translation>Commission a technical appraisal</translation>
    </message>
    <message>
        <location filename="../../ui/evidence/forms.py" line="143"/>
        <source>自委托之日起至收到鉴定意见之日，鉴定期间自动不计入结案期限。</source>
        <translation>From the commission to receipt of the expert opinion, the appraisal period is automatically not counted in the closing limit.</translation>
    </message>
    <message>
        <location filename="../../ui/evidence/forms.py" line="152"/>
        <source>收到鉴定意见</source>
        <translation>Expert opinion received</translation>
    </message>
    <message>
        <location filename="../../ui/evidence/forms.py" line="168"/>
        <source>技术调查官意见</source>
        <translation>Technical investigator&apos;s opinion</translation>
    </message>
    <message>
        <location filename="../../ui/evidence/forms.py" line="170"/>
        <source>技术调查官的意见供合议组参考，技术调查官不参与表决。</source>
        <translation>The technical investigator&apos;s opinion is for the panel&apos;s reference; the technical investigator does not vote.</translation>
    </message>
    <message>
        <location filename="../../ui/evidence/forms.py" line="182"/>
        <source>延长举证期限</source>
        <translation>Extend the time limit for evidence</translation>
    </message>
    <message>
        <location filename="../../ui/evidence/forms.py" line="184"/>
        <source>当事人申请、经本局同意延长的举证期限不计入结案期限。</source>
        <translation>Extensions of the time limit for evidence requested by a party and granted by this office are not counted in the closing limit.</translation>
    </message>
    <message>
        <location filename="../../ui/hearings/labels.py" line="175"/>
        <source>%1–%2</source>
        <translation>%1–%2</translation>
    </message>
    <message>
        <location filename="../../ui/intake/detail.py" line="53"/>
        <source>%1（规则建议：%2%3）</source>
        <translation>%1 (rule suggests: %2%3)</translation>
    </message>
    <message>
        <location filename="../../ui/intake/rule_text.py" line="16"/>
        <source>%1为%2</source>
        <translation>%1 is %2</translation>
    </message>
    <message>
        <location filename="../../ui/intake/rule_text.py" line="18"/>
        <source>非%1</source>
        <translation>Not %1</translation>
    </message>
    <message>
        <location filename="../../ui/intake/rule_text.py" line="20"/>
        <source>%1不少于%2</source>
        <translation>%1 at least %2</translation>
    </message>
    <message>
        <location filename="../../ui/intake/rule_text.py" line="21"/>
        <source>%1不超过%2</source>
        <translation>%1 at most %2</translation>
    </message>
    <message>
        <location filename="../../ui/intake/rule_text.py" line="25"/>
        <source>，且</source>
        <translation>, and</translation>
    </message>
    <message>
        <location filename="../../ui/intake/table_model.py" line="48"/>
        <source>重复侵权（%1）</source>
        <translation>Repeat infringement (%1)</translation>
    </message>
    <message>
        <location filename="../../ui/intake/table_model.py" line="50"/>
        <source>案号 %1</source>
        <translation>Case number %1</translation>
    </message>
    <message>
        <location filename="../../ui/intake/table_model.py" line="69"/>
        <source>被请求人已被生效裁决认定侵犯同一专利权（《专利纠纷行政裁决和调解办法》第三十四条）</source>
        <translation>The respondent has been found by a ruling in force to infringe the same patent (Measures for Administrative Adjudication and Mediation of Patent Disputes art. 34)</translation>
    </message>
    <message>
        <location filename="../../ui/intake/table_model.py" line="93"/>
        <source>（匿名）</source>
        <translation>(anonymous)</translation>
    </message>
    <message>
        <location filename="../../ui/intake/table_model.py" line="99"/>
        <source>（未分配）</source>
        <translation>(unassigned)</translation>
    </message>
    <message>
        <location filename="../../ui/intake/targets.py" line="36"/>
        <source>单位名称或姓名、网店名称</source>
        <translation>Organisation or person&apos;s name, online shop name</translation>
    </message>
    <message>
        <location filename="../../ui/intake/targets.py" line="41"/>
        <source>18位统一社会信用代码（知道时填写）</source>
        <translation>18-character unified social credit code (if known)</translation>
    </message>
    <message>
        <location filename="../../ui/intake/targets.py" line="44"/>
        <source>网店链接</source>
        <translation>Shop link</translation>
    </message>
    <message>
        <location filename="../../ui/intake/targets.py" line="46"/>
        <source>展位号</source>
        <translation>Booth number</translation>
    </message>
    <message>
        <location filename="../../ui/intake/targets.py" line="53"/>
        <source>名称：</source>
        <translation>Name:</translation>
    </message>
    <message>
        <location filename="../../ui/intake/targets.py" line="61"/>
        <source>网店/展位：</source>
        <translation>Online shop/booth:</translation>
    </message>
    <message>
        <location filename="../../ui/intake/targets.py" line="70"/>
        <source>对象 %1</source>
        <translation>Subject %1</translation>
    </message>
    <message>
        <location filename="../../ui/intake/targets.py" line="100"/>
        <source>添加对象(&amp;T)</source>
        <translation>Add a subjec&amp;t</translation>
    </message>
    <message>
        <location filename="../../ui/mediation/table_model.py" line="32"/>
        <source>（延长待批）</source>
        <translation>(extension awaiting approval)</translation>
    </message>
    <message>
        <location filename="../../ui/sections.py" line="66"/>
        <source>文书/送达已保存。</source>
        <translation>Documents/service saved.</translation>
    </message>
    <message>
        <location filename="../../ui/sections.py" line="75"/>
        <source>证据</source>
        <translation>Evidence</translation>
    </message>
    <message>
        <location filename="../../ui/sections.py" line="78"/>
        <source>口审</source>
        <translation>Hearing</translation>
    </message>
    <message>
        <location filename="../../ui/sections.py" line="82"/>
        <source>调解</source>
        <translation>Mediation</translation>
    </message>
    <message>
        <location filename="../../ui/sections.py" line="85"/>
        <source>文书</source>
        <translation>Documents</translation>
    </message>
    <message>
        <location filename="../../ui/sections.py" line="87"/>
        <source>送达</source>
        <translation>Service</translation>
    </message>
    <message>
        <location filename="../../ui/sections.py" line="89"/>
        <source>收案</source>
        <translation>Received</translation>
    </message>
    <message>
        <location filename="../../ui/sections.py" line="91"/>
        <source>执行</source>
        <translation>Enforcement</translation>
    </message>
    <message>
        <location filename="../../ui/sections.py" line="92"/>
        <source>已记录。</source>
        <translation>Recorded.</translation>
    </message>
    <message>
        <location filename="../../ui/sections.py" line="94"/>
        <source>公开</source>
        <translation>Publication</translation>
    </message>
    <message>
        <location filename="../../ui/sections.py" line="95"/>
        <source>公开版本已保存。</source>
        <translation>Published version saved.</translation>
    </message>
    <message>
        <location filename="../../ui/sections.py" line="83"/>
        <source>调解记录已保存。</source>
        <translation>Mediation record saved.</translation>
    </message>
    <message>
        <location filename="../../ui/admin/backup_tab.py" line="37"/>
        <source>备份工具出错：%1</source>
        <translation>The backup tool failed: %1</translation>
    </message>
    <message>
        <location filename="../../ui/admin/backup_tab.py" line="38"/>
        <source>数据库文件不存在或不可读：%1</source>
        <translation>The database file does not exist or cannot be read: %1</translation>
    </message>
    <message>
        <location filename="../../ui/admin/backup_tab.py" line="39"/>
        <location filename="../../ui/admin/backup_tab.py" line="49"/>
        <source>备份未完成：%1</source>
        <translation>Backup not completed: %1</translation>
    </message>
    <message>
        <location filename="../../ui/admin/backup_tab.py" line="41"/>
        <source>数据库口令不正确，未备份。</source>
        <translation>Wrong database passphrase; no backup made.</translation>
    </message>
    <message>
        <location filename="../../ui/admin/backup_tab.py" line="43"/>
        <source>无法写入备份文件夹：%1</source>
        <translation>Cannot write to the backup folder: %1</translation>
    </message>
    <message>
        <location filename="../../ui/admin/backup_tab.py" line="46"/>
        <source>只有最上级机关的系统管理员可以备份数据库（备份包含本数据库中所有机关的案件），未备份。</source>
        <translation>Only a system administrator of the top-level office can back up the database (a backup holds every office&apos;s cases in this database); no backup made.</translation>
    </message>
    <message>
        <location filename="../../ui/admin/backup_tab.py" line="214"/>
        <source>备份提醒</source>
        <translation>Backup reminder</translation>
    </message>
    <message>
        <location filename="../../ui/admin/backup_tab.py" line="215"/>
        <source>已超过 %1 天没有完好的备份。请管理员在 设置 › 备份 中立即备份，或检查自动备份。</source>
        <translation>No intact backup for more than %1 days. An administrator should back up now in Settings › Backup, or check the automatic backups.</translation>
    </message>
    <message>
        <location filename="../../ui/admin/password_dialog.py" line="18"/>
        <source>至少 %1 个字符</source>
        <translation>At least %1 characters</translation>
    </message>
    <message>
        <location filename="../../ui/admin/password_dialog.py" line="20"/>
        <source>须同时包含字母和数字</source>
        <translation>Must contain both letters and digits</translation>
    </message>
    <message>
        <location filename="../../ui/admin/password_dialog.py" line="22"/>
        <source>不能与用户名相同</source>
        <translation>Must differ from the user name</translation>
    </message>
    <message>
        <location filename="../../ui/cases/correction_dialog.py" line="97"/>
        <source>当事人：%1</source>
        <translation>Parties: %1</translation>
    </message>
    <message>
        <location filename="../../ui/cases/correction_dialog.py" line="99"/>
        <source>更正理由：%1</source>
        <translation>Reason for the correction: %1</translation>
    </message>
    <message>
        <location filename="../../ui/cases/correction_dialog.py" line="100"/>
        <source>报请人：%1</source>
        <translation>Submitted by: %1</translation>
    </message>
    <message>
        <location filename="../../ui/common/date_field.py" line="156"/>
        <location filename="../../ui/common/date_field.py" line="237"/>
        <source>未填写</source>
        <translation>Not filled in</translation>
    </message>
    <message>
        <location filename="../../ui/common/date_field.py" line="163"/>
        <source>选择日期</source>
        <translation>Choose a date</translation>
    </message>
    <message>
        <location filename="../../ui/common/date_field.py" line="271"/>
        <source>请填写日期</source>
        <translation>Enter the date</translation>
    </message>
    <message>
        <location filename="../../ui/common/date_field.py" line="273"/>
        <source>日期不能晚于 %1</source>
        <translation>The date cannot be later than %1</translation>
    </message>
    <message>
        <location filename="../../ui/common/date_field.py" line="275"/>
        <source>日期不能早于 %1</source>
        <translation>The date cannot be earlier than %1</translation>
    </message>
    <message>
        <location filename="../../ui/common/date_field.py" line="437"/>
        <source>可输入 9:30、0930、9点半 或 下午3点</source>
        <translation>Type 9:30, 0930, 9点半 or 下午3点 (3 pm)</translation>
    </message>
    <message>
        <location filename="../../ui/common/date_field.py" line="478"/>
        <source>无法识别的时间，请按 09:30 的格式填写</source>
        <translation>Time not recognised; write it as 09:30</translation>
    </message>
    <message>
        <location filename="../../ui/common/file_dialogs.py" line="73"/>
        <source>已保存到：
%1

打开所在的文件夹吗？</source>
        <translation>Saved to:
%1

Open the folder?</translation>
    </message>
    <message>
        <location filename="../../ui/common/folding_text.py" line="53"/>
        <source>收起</source>
        <translation>Collapse</translation>
    </message>
    <message>
        <location filename="../../ui/common/folding_text.py" line="53"/>
        <source>展开（共 %1 字）</source>
        <translation>Expand (%1 characters)</translation>
    </message>
    <message>
        <location filename="../../ui/hearings/late_notice.py" line="18"/>
        <source>%1：口头审理定于 %2，通知书应最迟于 %3 送达（至少提前 %4 个工作日）</source>
        <translation>%1: the oral hearing is on %2; the notice must be served by %3 at the latest (at least %4 working days before)</translation>
    </message>
    <message>
        <location filename="../../ui/hearings/late_notice.py" line="24"/>
        <source>以下口头审理通知书送达过迟：</source>
        <translation>These hearing notices were served too late:</translation>
    </message>
    <message>
        <location filename="../../ui/hearings/late_notice.py" line="24"/>
        <source>以下口头审理通知书签发时已来不及依法提前送达：</source>
        <translation>When these hearing notices were issued it was already too late to serve them in time as the law requires:</translation>
    </message>
    <message>
        <location filename="../../ui/hearings/late_notice.py" line="27"/>
        <source>迟延送达的通知仍可签发和送达，口头审理也可照常进行，但不能作为书面通知的依据：当事人未到庭的，不能缺席审理或按撤回请求处理（《专利纠纷行政裁决和调解办法》第二十六条）。</source>
        <translation>A notice served late can still be issued and served and the hearing can go ahead, but it is no basis for written notice: if a party does not appear, the case cannot be heard by default or treated as withdrawn (Measures for Administrative Adjudication and Mediation of Patent Disputes art. 26).</translation>
    </message>
    <message>
        <location filename="../../ui/hearings/late_notice.py" line="29"/>
        <source>建议改期口头审理，使通知能够依法提前送达。</source>
        <translation>Reschedule the oral hearing so that the notice can be served in time as the law requires.</translation>
    </message>
    <message>
        <location filename="../../ui/hearings/late_notice.py" line="35"/>
        <source>口头审理通知书送达过迟</source>
        <translation>Notice of oral hearing served too late</translation>
    </message>
    <message>
        <location filename="../../ui/hearings/late_notice.py" line="38"/>
        <source>仍然登记送达(&amp;G)</source>
        <translation>Record the service anyway (&amp;G)</translation>
    </message>
    <message>
        <location filename="../../ui/hearings/late_notice.py" line="38"/>
        <source>仍然签发(&amp;G)</source>
        <translation>Issue anyway (&amp;G)</translation>
    </message>
    <message>
        <location filename="../../ui/hearings/late_notice.py" line="41"/>
        <source>改期口头审理…(&amp;P)</source>
        <translation>Reschedule the oral hearing… (&amp;P)</translation>
    </message>
    <message>
        <location filename="../../ui/common/progress_task.py" line="25"/>
        <location filename="../../ui/hearings/late_notice.py" line="42"/>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../ui/shell/storage_dialog.py" line="32"/>
        <source>数据库无法使用</source>
        <translation>The database cannot be used</translation>
    </message>
    <message>
        <location filename="../../ui/shell/storage_dialog.py" line="43"/>
        <source>然后重新启动本程序。</source>
        <translation>Then start the program again.</translation>
    </message>
    <message>
        <location filename="../../ui/shell/storage_dialog.py" line="59"/>
        <source>数据库口令(&amp;K)：</source>
        <translation>Database passphrase: (&amp;K)</translation>
    </message>
    <message>
        <location filename="../../ui/shell/storage_dialog.py" line="59"/>
        <source>恢复密钥(&amp;K)：</source>
        <translation>Recovery &amp;key:</translation>
    </message>
    <message>
        <location filename="../../ui/shell/storage_dialog.py" line="74"/>
        <source>用此备份恢复(&amp;R)</source>
        <translation>&amp;Restore from this backup</translation>
    </message>
    <message>
        <location filename="../../ui/shell/storage_dialog.py" line="77"/>
        <source>退出(&amp;Q)</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <location filename="../../ui/shell/storage_dialog.py" line="93"/>
        <source>这是加密的备份：请输入恢复密钥或数据库口令。</source>
        <translation>This is an encrypted backup: enter the recovery key or the database passphrase.</translation>
    </message>
    <message>
        <location filename="../../ui/shell/storage_dialog.py" line="98"/>
        <source>恢复密钥或口令不正确，未作任何恢复。请重新输入。</source>
        <translation>Wrong recovery key or passphrase; nothing was restored. Please enter it again.</translation>
    </message>
    <message>
        <location filename="../../ui/shell/storage_dialog.py" line="109"/>
        <source>没有找到备份。请联系管理员，用其他位置保存的备份恢复。</source>
        <translation>No backup found. Ask an administrator to restore from a backup kept elsewhere.</translation>
    </message>
    <message>
        <location filename="../../ui/shell/storage_dialog.py" line="112"/>
        <source>最近的完好备份（%2，已加密）：
%1
恢复前请输入备份时记下的恢复密钥（加密数据库的备份用数据库口令）。</source>
        <translation>Latest intact backup (%2, encrypted):
%1
Before restoring, enter the recovery key written down at the backup (for a backup of an encrypted database, the database passphrase).</translation>
    </message>
    <message>
        <location filename="../../ui/shell/storage_dialog.py" line="114"/>
        <source>最近的完好备份：%1（%2）。</source>
        <translation>Latest intact backup: %1 (%2).</translation>
    </message>
    <message>
        <location filename="../../main.py" line="102"/>
        <source>未能恢复</source>
        <translation>Could not restore</translation>
    </message>
    <message>
        <location filename="../../ui/shell/language.py" line="45"/>
        <source>界面语言 / Language(&amp;G)</source>
        <translation>Lan&amp;guage / 界面语言</translation>
    </message>
    <message>
        <location filename="../../ui/shell/language.py" line="61"/>
        <source>界面语言 / Language</source>
        <translation>Language / 界面语言</translation>
    </message>
    <message>
        <location filename="../../ui/shell/language.py" line="62"/>
        <source>下次启动时界面将使用%1。
The window will speak %1 from the next start.</source>
        <translation>The window will speak %1 from the next start.
下次启动时界面将使用%1。</translation>
    </message>
    <message>
        <location filename="../../ui/publication/redaction_dialog.py" line="142"/>
        <source>公开后的文本（已隐去 %1 项）：</source>
        <translation>Text as published (%1 items masked):</translation>
    </message>
    <message>
        <location filename="../../ui/admin/font_notice.py" line="16"/>
        <source>本机没有以下公文字体，打印的文书（PDF）暂用替代字体，版式与正式公文略有不同：</source>
        <translation>This computer lacks these official fonts; printed documents (PDF) use substitutes for now, and their layout differs slightly from the official one:</translation>
    </message>
    <message>
        <location filename="../../ui/admin/font_notice.py" line="18"/>
        <source>· %1：%2 —— 现用“%3”</source>
        <translation>· %1: %2 — now using &quot;%3&quot;</translation>
    </message>
    <message>
        <location filename="../../ui/admin/font_notice.py" line="22"/>
        <source>另存的 Word 文件仍写明公文字体，在装有这些字体的电脑上打开即按公文格式显示和打印。</source>
        <translation>Saved Word files still name the official fonts: opened on a computer that has them, they show and print in the official layout.</translation>
    </message>
    <message>
        <location filename="../../ui/admin/font_notice.py" line="23"/>
        <source>添加字体：在本机安装单位的字体文件（Windows：右键字体文件 › 为所有用户安装；统信 UOS、银河麒麟：用字体管理器安装，或复制到 ~/.local/share/fonts），然后重新启动本程序；或由系统管理员在 设置 › 公文字体 中为本机选择字体文件。</source>
        <translation>To add fonts: install your office&apos;s font files on this computer (Windows: right-click the font file › Install for all users; UOS, Kylin: install with the font manager, or copy to ~/.local/share/fonts), then restart the program; or a system administrator picks the font files for this computer in Settings › Official fonts.</translation>
    </message>
    <message>
        <location filename="../../ui/admin/font_notice.py" line="26"/>
        <source>本提示在本机只显示一次，字体变化后如仍有缺少会再次提示。</source>
        <translation>This note shows once on this computer; if fonts are still missing after they change, it shows again.</translation>
    </message>
    <message>
        <location filename="../../ui/admin/fonts_tab.py" line="39"/>
        <source>管理员为本机选择的字体文件</source>
        <translation>Font files an administrator picked for this computer</translation>
    </message>
    <message>
        <location filename="../../ui/admin/fonts_tab.py" line="41"/>
        <source>缺少公文字体，使用内置替代字体</source>
        <translation>Official fonts missing; built-in substitutes used</translation>
    </message>
    <message>
        <location filename="../../ui/admin/fonts_tab.py" line="43"/>
        <source>本机已安装</source>
        <translation>Installed on this computer</translation>
    </message>
    <message>
        <location filename="../../ui/admin/fonts_tab.py" line="44"/>
        <source>本机已安装的相近字体</source>
        <translation>Similar fonts installed on this computer</translation>
    </message>
</context>
<context>
    <name>AccountRulesDialog</name>
    <message>
        <location filename="../../ui/admin/account_rules_dialog.py" line="29"/>
        <source>登录与密码规则</source>
        <translation>Login and password rules</translation>
    </message>
    <message>
        <location filename="../../ui/admin/account_rules_dialog.py" line="30"/>
        <source>规则适用于本局账户，自下次设置密码或登录时起生效；已设置的密码不因规则变化而失效（有效期除外）。</source>
        <translation>The rules apply to this office&apos;s accounts from the next password change or login; passwords already set do not lapse because the rules changed (except by expiry).</translation>
    </message>
    <message>
        <location filename="../../ui/admin/account_rules_dialog.py" line="35"/>
        <source>密码最短长度(&amp;L)：</source>
        <translation>Minimum password &amp;length:</translation>
    </message>
    <message>
        <location filename="../../ui/admin/account_rules_dialog.py" line="36"/>
        <source>须同时包含字母和数字(&amp;D)</source>
        <translation>Must contain both letters and &amp;digits</translation>
    </message>
    <message>
        <location filename="../../ui/admin/account_rules_dialog.py" line="37"/>
        <source>不得与用户名相同(&amp;U)</source>
        <translation>Must differ from the &amp;user name</translation>
    </message>
    <message>
        <location filename="../../ui/admin/account_rules_dialog.py" line="38"/>
        <source>密码有效期(&amp;E)：</source>
        <translation>Password &amp;expires after:</translation>
    </message>
    <message>
        <location filename="../../ui/admin/account_rules_dialog.py" line="39"/>
        <source>锁定前允许输错(&amp;F)：</source>
        <translation>Wrong passwords allowed before &amp;locking:</translation>
    </message>
    <message>
        <location filename="../../ui/admin/account_rules_dialog.py" line="40"/>
        <source>首次锁定时长(&amp;M)：</source>
        <translation>Length of the first lock: (&amp;M)</translation>
    </message>
    <message>
        <location filename="../../ui/admin/account_rules_dialog.py" line="41"/>
        <source>无操作自动锁屏(&amp;I)：</source>
        <translation>Lock when &amp;idle for:</translation>
    </message>
    <message>
        <location filename="../../ui/admin/account_rules_dialog.py" line="43"/>
        <source> 个字符</source>
        <translation> characters</translation>
    </message>
    <message>
        <location filename="../../ui/admin/account_rules_dialog.py" line="43"/>
        <source> 天（0 为永不过期）</source>
        <translation> days (0 = never expires)</translation>
    </message>
    <message>
        <location filename="../../ui/admin/account_rules_dialog.py" line="44"/>
        <source> 次</source>
        <translation> times</translation>
    </message>
    <message>
        <location filename="../../ui/admin/account_rules_dialog.py" line="44"/>
        <source> 分钟（再次锁定时加倍，最长一天）</source>
        <translation> minutes (doubled on each further lock, at most one day)</translation>
    </message>
    <message>
        <location filename="../../ui/admin/account_rules_dialog.py" line="45"/>
        <source> 分钟（0 为不锁屏）</source>
        <translation> minutes (0 = never lock)</translation>
    </message>
    <message>
        <location filename="../../ui/admin/account_rules_dialog.py" line="61"/>
        <source>三员分立(&amp;S)：系统管理员不能查看审计记录</source>
        <translation>&amp;Separation of duties: the system administrator cannot view the audit records</translation>
    </message>
    <message>
        <location filename="../../ui/admin/account_rules_dialog.py" line="65"/>
        <source>审计记录只由审计员查阅和导出；取消后系统管理员也可查看。此项改动本身记入审计记录。</source>
        <translation>Audit records are read and exported only by the auditor; when this is off, the system administrator can see them too. This change is itself recorded in the audit trail.</translation>
    </message>
    <message>
        <location filename="../../ui/admin/account_rules_dialog.py" line="82"/>
        <source>登录与密码规则已被他人修改</source>
        <translation>The login and password rules were changed by someone else</translation>
    </message>
</context>
<context>
    <name>ActionDialog</name>
    <message>
        <location filename="../../ui/cases/action_dialog.py" line="54"/>
        <source>未立案</source>
        <translation>Not registered</translation>
    </message>
    <message>
        <location filename="../../ui/cases/action_dialog.py" line="60"/>
        <source>此事项须经部门负责人批准：点击“提交审批”后进入待审批，批准后才生效。</source>
        <translation>This matter needs the department head&apos;s approval: &quot;Submit for approval&quot; puts it in the approval queue; it takes effect once approved.</translation>
    </message>
    <message>
        <location filename="../../ui/cases/action_dialog.py" line="79"/>
        <source>（选填）</source>
        <translation>(optional)</translation>
    </message>
    <message>
        <location filename="../../ui/cases/action_dialog.py" line="92"/>
        <source>确认对本案进行“%1”？</source>
        <translation>Confirm &quot;%1&quot; for this case?</translation>
    </message>
    <message>
        <location filename="../../ui/cases/action_dialog.py" line="96"/>
        <source>提交审批(&amp;S)</source>
        <translation>&amp;Submit for approval</translation>
    </message>
    <message>
        <location filename="../../ui/cases/action_dialog.py" line="96"/>
        <source>确定(&amp;O)</source>
        <translation>&amp;OK</translation>
    </message>
    <message>
        <location filename="../../ui/cases/action_dialog.py" line="113"/>
        <source>“%1”不可选：%2</source>
        <translation>&quot;%1&quot; cannot be chosen: %2</translation>
    </message>
    <message>
        <location filename="../../ui/cases/action_dialog.py" line="144"/>
        <source>第二次延长：不超过%1，须经上级部门批准（填写其批准文号）。</source>
        <translation>Second extension: at most %1, needs the superior department&apos;s approval (enter its approval number).</translation>
    </message>
    <message>
        <location filename="../../ui/cases/action_dialog.py" line="146"/>
        <source>第一次延长：不超过%1，由部门负责人批准。</source>
        <translation>First extension: at most %1, approved by the department head.</translation>
    </message>
    <message>
        <location filename="../../ui/cases/action_dialog.py" line="148"/>
        <source>注意：合议组尚未依法组成，立案前请先在“合议组”页指定合议组。</source>
        <translation>Note: the panel has not been lawfully composed; before registration, appoint it on the Panel page.</translation>
    </message>
    <message>
        <location filename="../../ui/cases/action_dialog.py" line="150"/>
        <source>公告、检验鉴定、管辖权异议、当事人申请延长举证期限、和解的期间不计入结案期限。</source>
        <translation>Periods of public notice, inspection or appraisal, jurisdiction objections, party-requested extensions of the time limit for evidence, and settlement are not counted in the closing limit.</translation>
    </message>
    <message>
        <location filename="../../ui/cases/action_dialog.py" line="157"/>
        <source>放弃输入</source>
        <translation>Discard what was typed</translation>
    </message>
    <message>
        <location filename="../../ui/cases/action_dialog.py" line="157"/>
        <source>已填写的内容尚未提交，确定放弃吗？</source>
        <translation>What you typed has not been submitted. Discard it?</translation>
    </message>
    <message>
        <location filename="../../ui/cases/action_dialog.py" line="180"/>
        <source>此案件已被他人修改</source>
        <translation>This case was changed by someone else</translation>
    </message>
</context>
<context>
    <name>AgreementDialog</name>
    <message>
        <location filename="../../ui/mediation/agreement_dialog.py" line="64"/>
        <source>调解协议条款</source>
        <translation>Terms of the mediation agreement</translation>
    </message>
    <message>
        <location filename="../../ui/mediation/agreement_dialog.py" line="76"/>
        <source>停止的行为：</source>
        <translation>Acts stopped:</translation>
    </message>
    <message>
        <location filename="../../ui/mediation/agreement_dialog.py" line="77"/>
        <source>自协议生效之日起</source>
        <translation>From the day the agreement takes effect</translation>
    </message>
    <message>
        <location filename="../../ui/mediation/agreement_dialog.py" line="84"/>
        <source>或自</source>
        <translation>or from</translation>
    </message>
    <message>
        <location filename="../../ui/mediation/agreement_dialog.py" line="86"/>
        <source>起</source>
        <translation>from</translation>
    </message>
    <message>
        <location filename="../../ui/mediation/agreement_dialog.py" line="90"/>
        <source>停止日期：</source>
        <translation>Date stopped:</translation>
    </message>
    <message>
        <location filename="../../ui/mediation/agreement_dialog.py" line="92"/>
        <source>如：销毁库存侵权产品及专用模具，删除网店链接，撤回展品</source>
        <translation>e.g. destroy infringing stock and dedicated moulds, remove shop listings, withdraw exhibits</translation>
    </message>
    <message>
        <location filename="../../ui/mediation/agreement_dialog.py" line="93"/>
        <source>销毁、撤回、删除：</source>
        <translation>Destruction, withdrawal, removal:</translation>
    </message>
    <message>
        <location filename="../../ui/mediation/agreement_dialog.py" line="96"/>
        <source>元，如 60000 或 60,000.00</source>
        <translation>CNY, e.g. 60000 or 60,000.00</translation>
    </message>
    <message>
        <location filename="../../ui/mediation/agreement_dialog.py" line="97"/>
        <source>赔偿数额（元）：</source>
        <translation>Damages (CNY):</translation>
    </message>
    <message>
        <location filename="../../ui/mediation/agreement_dialog.py" line="100"/>
        <source>到期日</source>
        <translation>Due date</translation>
    </message>
    <message>
        <location filename="../../ui/mediation/agreement_dialog.py" line="100"/>
        <source>金额（元）</source>
        <translation>Amount (CNY)</translation>
    </message>
    <message>
        <location filename="../../ui/mediation/agreement_dialog.py" line="103"/>
        <source>增加一期</source>
        <translation>Add an instalment</translation>
    </message>
    <message>
        <location filename="../../ui/mediation/agreement_dialog.py" line="103"/>
        <source>删除选中一期</source>
        <translation>Delete the selected instalment</translation>
    </message>
    <message>
        <location filename="../../ui/mediation/agreement_dialog.py" line="115"/>
        <source>分期履行：</source>
        <translation>Payment by instalments:</translation>
    </message>
    <message>
        <location filename="../../ui/mediation/agreement_dialog.py" line="117"/>
        <source>费用负担：</source>
        <translation>Costs:</translation>
    </message>
    <message>
        <location filename="../../ui/mediation/agreement_dialog.py" line="118"/>
        <source>双方对协议内容保密</source>
        <translation>Both parties keep the agreement confidential</translation>
    </message>
    <message>
        <location filename="../../ui/mediation/agreement_dialog.py" line="121"/>
        <source>其他条款，每行一条</source>
        <translation>Other terms, one per line</translation>
    </message>
    <message>
        <location filename="../../ui/mediation/agreement_dialog.py" line="122"/>
        <source>其他条款：</source>
        <translation>Other terms:</translation>
    </message>
    <message>
        <location filename="../../ui/mediation/agreement_dialog.py" line="128"/>
        <source>签署人：</source>
        <translation>Signatory:</translation>
    </message>
    <message>
        <location filename="../../ui/mediation/agreement_dialog.py" line="152"/>
        <source>本人（签名或者盖章）</source>
        <translation>In person (signature or seal)</translation>
    </message>
    <message>
        <location filename="../../ui/mediation/agreement_dialog.py" line="154"/>
        <source>委托代理人 %1</source>
        <translation>Authorised agent %1</translation>
    </message>
    <message>
        <location filename="../../ui/mediation/agreement_dialog.py" line="163"/>
        <source>尚未登记当事人</source>
        <translation>No parties registered yet</translation>
    </message>
    <message>
        <location filename="../../ui/mediation/agreement_dialog.py" line="179"/>
        <source>本案调解不收取费用，双方当事人因本案支出的其他费用各自承担。</source>
        <translation>The mediation is free of charge; each party bears its other costs of this case.</translation>
    </message>
</context>
<context>
    <name>ApprovalDialog</name>
    <message>
        <location filename="../../ui/cases/approval_dialog.py" line="39"/>
        <source>审批：%1</source>
        <translation>Approval: %1</translation>
    </message>
    <message>
        <location filename="../../ui/cases/approval_dialog.py" line="45"/>
        <source>案号：</source>
        <translation>Case number:</translation>
    </message>
    <message>
        <location filename="../../ui/cases/approval_dialog.py" line="45"/>
        <source>未立案</source>
        <translation>Not registered</translation>
    </message>
    <message>
        <location filename="../../ui/cases/approval_dialog.py" line="46"/>
        <source>专利号：</source>
        <translation>Patent number:</translation>
    </message>
    <message>
        <location filename="../../ui/cases/approval_dialog.py" line="47"/>
        <source>审批事项：</source>
        <translation>Matter for approval:</translation>
    </message>
    <message>
        <location filename="../../ui/cases/approval_dialog.py" line="48"/>
        <source>提请人：</source>
        <translation>Submitted by:</translation>
    </message>
    <message>
        <location filename="../../ui/cases/approval_dialog.py" line="49"/>
        <source>（无）</source>
        <translation>(none)</translation>
    </message>
    <message>
        <location filename="../../ui/cases/approval_dialog.py" line="51"/>
        <source>内容：</source>
        <translation>Content:</translation>
    </message>
    <message>
        <location filename="../../ui/cases/approval_dialog.py" line="55"/>
        <source>处(科)室审核意见：</source>
        <translation>Section review opinion:</translation>
    </message>
    <message>
        <location filename="../../ui/cases/approval_dialog.py" line="60"/>
        <location filename="../../ui/cases/approval_dialog.py" line="120"/>
        <source>同意。</source>
        <translation>Agreed.</translation>
    </message>
    <message>
        <location filename="../../ui/cases/approval_dialog.py" line="60"/>
        <source>审核意见</source>
        <translation>Review opinion</translation>
    </message>
    <message>
        <location filename="../../ui/cases/approval_dialog.py" line="61"/>
        <source>意见(&amp;O)：</source>
        <translation>&amp;Opinion:</translation>
    </message>
    <message>
        <location filename="../../ui/cases/approval_dialog.py" line="70"/>
        <source>上级部门批准文号(&amp;H)：</source>
        <translation>Superior department&apos;s approval number: (&amp;H)</translation>
    </message>
    <message>
        <location filename="../../ui/cases/approval_dialog.py" line="84"/>
        <source>批准(&amp;A)</source>
        <translation>&amp;Approve</translation>
    </message>
    <message>
        <location filename="../../ui/cases/approval_dialog.py" line="85"/>
        <source>不予批准(&amp;R)</source>
        <translation>Not app&amp;roved</translation>
    </message>
    <message>
        <location filename="../../ui/cases/approval_dialog.py" line="91"/>
        <source>提交审核意见(&amp;S)</source>
        <translation>&amp;Submit the review opinion</translation>
    </message>
    <message>
        <location filename="../../ui/cases/approval_dialog.py" line="103"/>
        <source>这是第二次延长结案期限：须经上级部门（%1）批准，请填写其批准文号。</source>
        <translation>This is the second extension of the closing limit: it needs the approval of the superior department (%1); enter its approval number.</translation>
    </message>
    <message>
        <location filename="../../ui/cases/approval_dialog.py" line="104"/>
        <source>上级管理专利工作的部门</source>
        <translation>Supervising patent administration department</translation>
    </message>
    <message>
        <location filename="../../ui/cases/approval_dialog.py" line="107"/>
        <source>第一次延长（不超过%1），由部门负责人批准。</source>
        <translation>First extension (at most %1), approved by the department head.</translation>
    </message>
    <message>
        <location filename="../../ui/cases/approval_dialog.py" line="130"/>
        <source>请填写审核意见</source>
        <translation>Enter a review opinion</translation>
    </message>
</context>
<context>
    <name>ApprovalTableModel</name>
    <message>
        <location filename="../../ui/cases/approval_model.py" line="66"/>
        <source>提请时间</source>
        <translation>Submitted at</translation>
    </message>
    <message>
        <location filename="../../ui/cases/approval_model.py" line="68"/>
        <source>案号</source>
        <translation>Case number</translation>
    </message>
    <message>
        <location filename="../../ui/cases/approval_model.py" line="70"/>
        <source>当事人</source>
        <translation>Party</translation>
    </message>
    <message>
        <location filename="../../ui/cases/approval_model.py" line="74"/>
        <source>审核状态</source>
        <translation>Review state</translation>
    </message>
    <message>
        <location filename="../../ui/cases/approval_model.py" line="77"/>
        <source>内容摘要</source>
        <translation>Summary</translation>
    </message>
    <message>
        <location filename="../../ui/cases/approval_model.py" line="79"/>
        <source>专利号</source>
        <translation>Patent number</translation>
    </message>
    <message>
        <location filename="../../ui/cases/approval_model.py" line="72"/>
        <source>审批事项</source>
        <translation>Matter for approval</translation>
    </message>
    <message>
        <location filename="../../ui/cases/approval_model.py" line="73"/>
        <source>提请人</source>
        <translation>Submitted by</translation>
    </message>
    <message>
        <location filename="../../ui/cases/approval_model.py" line="75"/>
        <source>处(科)室审核意见</source>
        <translation>Section review opinion</translation>
    </message>
</context>
<context>
    <name>AuditView</name>
    <message>
        <location filename="../../ui/audit/labels.py" line="8"/>
        <source>审计链缺少条目</source>
        <translation>Entries missing from the audit chain</translation>
    </message>
    <message>
        <location filename="../../ui/audit/labels.py" line="9"/>
        <source>审计链断开（条目被删除、插入或替换）</source>
        <translation>Audit chain broken (entries deleted, inserted or replaced)</translation>
    </message>
    <message>
        <location filename="../../ui/audit/labels.py" line="10"/>
        <source>审计条目被改动</source>
        <translation>Audit entry altered</translation>
    </message>
    <message>
        <location filename="../../ui/audit/labels.py" line="11"/>
        <source>审计链被截短（检查点记录的条目已不存在）</source>
        <translation>The audit chain was truncated (entries recorded in a checkpoint no longer exist)</translation>
    </message>
    <message>
        <location filename="../../ui/audit/labels.py" line="12"/>
        <source>审计链被重写（与检查点记录的哈希不一致）</source>
        <translation>The audit chain was rewritten (hash differs from the checkpoint)</translation>
    </message>
    <message>
        <location filename="../../ui/audit/labels.py" line="13"/>
        <source>检查点文件签名无效</source>
        <translation>Invalid checkpoint file signature</translation>
    </message>
    <message>
        <location filename="../../ui/audit/labels.py" line="14"/>
        <source>审计链缺少起点条目</source>
        <translation>The audit chain&apos;s first entry is missing</translation>
    </message>
    <message>
        <location filename="../../ui/audit/labels.py" line="15"/>
        <source>检查点目录中没有本数据库的检查点</source>
        <translation>The checkpoint folder has no checkpoint of this database</translation>
    </message>
    <message>
        <location filename="../../ui/audit/labels.py" line="16"/>
        <source>记录被绕过系统改动</source>
        <translation>Record changed outside the system</translation>
    </message>
    <message>
        <location filename="../../ui/audit/labels.py" line="17"/>
        <source>记录被绕过系统删除</source>
        <translation>Record deleted outside the system</translation>
    </message>
    <message>
        <location filename="../../ui/audit/labels.py" line="18"/>
        <source>记录被绕过系统插入</source>
        <translation>Record inserted outside the system</translation>
    </message>
    <message>
        <location filename="../../ui/audit/labels.py" line="19"/>
        <source>文件内容与其哈希不一致</source>
        <translation>The file&apos;s content does not match its hash</translation>
    </message>
    <message>
        <location filename="../../ui/audit/labels.py" line="22"/>
        <source>新增</source>
        <translation>Add</translation>
    </message>
    <message>
        <location filename="../../ui/audit/labels.py" line="23"/>
        <source>修改</source>
        <translation>Edit</translation>
    </message>
    <message>
        <location filename="../../ui/audit/labels.py" line="24"/>
        <source>删除</source>
        <translation>Delete</translation>
    </message>
    <message>
        <location filename="../../ui/audit/labels.py" line="25"/>
        <source>事件</source>
        <translation>Event</translation>
    </message>
    <message>
        <location filename="../../ui/audit/labels.py" line="26"/>
        <source>起点</source>
        <translation>Start</translation>
    </message>
    <message>
        <location filename="../../ui/audit/labels.py" line="27"/>
        <source>基线</source>
        <translation>Baseline</translation>
    </message>
    <message>
        <location filename="../../ui/audit/section.py" line="52"/>
        <location filename="../../ui/audit/section.py" line="82"/>
        <source>案号</source>
        <translation>Case number</translation>
    </message>
    <message>
        <location filename="../../ui/audit/section.py" line="55"/>
        <source>全部用户</source>
        <translation>All users</translation>
    </message>
    <message>
        <location filename="../../ui/audit/section.py" line="60"/>
        <source>操作（如 auth.login）</source>
        <translation>Action (e.g. auth.login)</translation>
    </message>
    <message>
        <location filename="../../ui/audit/section.py" line="61"/>
        <source>查询(&amp;Q)</source>
        <translation>&amp;Query</translation>
    </message>
    <message>
        <location filename="../../ui/audit/section.py" line="64"/>
        <source>导出(&amp;E)…</source>
        <translation>&amp;Export…</translation>
    </message>
    <message>
        <location filename="../../ui/audit/section.py" line="67"/>
        <source>完整校验(&amp;V)</source>
        <translation>Full check (&amp;V)</translation>
    </message>
    <message>
        <location filename="../../ui/audit/section.py" line="70"/>
        <source>案号：</source>
        <translation>Case number:</translation>
    </message>
    <message>
        <location filename="../../ui/audit/section.py" line="70"/>
        <source>用户：</source>
        <translation>User:</translation>
    </message>
    <message>
        <location filename="../../ui/audit/section.py" line="71"/>
        <source>从：</source>
        <translation>From:</translation>
    </message>
    <message>
        <location filename="../../ui/audit/section.py" line="71"/>
        <source>到：</source>
        <translation>To:</translation>
    </message>
    <message>
        <location filename="../../ui/audit/section.py" line="72"/>
        <source>操作：</source>
        <translation>Action:</translation>
    </message>
    <message>
        <location filename="../../ui/audit/section.py" line="81"/>
        <source>序号</source>
        <translation>No.</translation>
    </message>
    <message>
        <location filename="../../ui/audit/section.py" line="81"/>
        <source>时间</source>
        <translation>Time</translation>
    </message>
    <message>
        <location filename="../../ui/audit/section.py" line="81"/>
        <source>用户</source>
        <translation>Users</translation>
    </message>
    <message>
        <location filename="../../ui/audit/section.py" line="81"/>
        <source>操作</source>
        <translation>Action</translation>
    </message>
    <message>
        <location filename="../../ui/audit/section.py" line="81"/>
        <source>类别</source>
        <translation>Category</translation>
    </message>
    <message>
        <location filename="../../ui/audit/section.py" line="82"/>
        <source>记录</source>
        <translation>Record</translation>
    </message>
    <message>
        <location filename="../../ui/audit/section.py" line="82"/>
        <source>变化</source>
        <translation>Change</translation>
    </message>
    <message>
        <location filename="../../ui/audit/section.py" line="118"/>
        <source>共 %1 条，显示最新 %2 条</source>
        <translation>%1 in all, showing the latest %2</translation>
    </message>
    <message>
        <location filename="../../ui/audit/section.py" line="120"/>
        <source>系统</source>
        <translation>System</translation>
    </message>
    <message>
        <location filename="../../ui/audit/section.py" line="134"/>
        <location filename="../../ui/audit/section.py" line="145"/>
        <source>导出审计记录</source>
        <translation>Export audit records</translation>
    </message>
    <message>
        <location filename="../../ui/audit/section.py" line="135"/>
        <source>Excel 工作簿 (*.xlsx);;CSV (*.csv)</source>
        <translation>Excel workbook (*.xlsx);;CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../../ui/audit/section.py" line="144"/>
        <source>已导出 %1 条到 %2</source>
        <translation>%1 exported to %2</translation>
    </message>
    <message>
        <location filename="../../ui/audit/section.py" line="150"/>
        <source>正在校验审计链、全部记录和文件……</source>
        <translation>Checking the audit chain, every record and file…</translation>
    </message>
    <message>
        <location filename="../../ui/audit/section.py" line="151"/>
        <source>正在校验…</source>
        <translation>Checking…</translation>
    </message>
    <message>
        <location filename="../../ui/audit/section.py" line="151"/>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../ui/audit/section.py" line="152"/>
        <location filename="../../ui/audit/section.py" line="183"/>
        <source>完整校验</source>
        <translation>Full check</translation>
    </message>
    <message>
        <location filename="../../ui/audit/section.py" line="187"/>
        <source>已校验 %1 个审计条目、%2 条记录、%3 个检查点；链头 %4。</source>
        <translation>Checked %1 audit entries, %2 records, %3 checkpoints; chain head %4.</translation>
    </message>
    <message>
        <location filename="../../ui/audit/section.py" line="192"/>
        <source>记录未被改动。</source>
        <translation>No records were altered.</translation>
    </message>
    <message>
        <location filename="../../ui/audit/section.py" line="195"/>
        <source>发现 %1 处改动，详见下方。</source>
        <translation>%1 alterations found; see below.</translation>
    </message>
    <message>
        <location filename="../../ui/audit/section.py" line="203"/>
        <source>案号 %1</source>
        <translation>Case number %1</translation>
    </message>
    <message>
        <location filename="../../ui/audit/section.py" line="205"/>
        <source>审计条目 #%1</source>
        <translation>Audit entry #%1</translation>
    </message>
</context>
<context>
    <name>BackupPage</name>
    <message>
        <location filename="../../ui/admin/backup_tab.py" line="66"/>
        <source>立即备份</source>
        <translation>Back up now</translation>
    </message>
    <message>
        <location filename="../../ui/admin/backup_tab.py" line="70"/>
        <source>选择…</source>
        <translation>Choose…</translation>
    </message>
    <message>
        <location filename="../../ui/admin/backup_tab.py" line="75"/>
        <source>备份到(&amp;F)：</source>
        <translation>Back up to: (&amp;F)</translation>
    </message>
    <message>
        <location filename="../../ui/admin/backup_tab.py" line="76"/>
        <source>加密备份（生成恢复密钥，只显示一次）</source>
        <translation>Encrypted backup (creates a recovery key, shown only once)</translation>
    </message>
    <message>
        <location filename="../../ui/admin/backup_tab.py" line="79"/>
        <source>开始备份(&amp;B)</source>
        <translation>Start &amp;backup</translation>
    </message>
    <message>
        <location filename="../../ui/admin/backup_tab.py" line="89"/>
        <source>自动备份（本机数据库，每天首次启动时）</source>
        <translation>Automatic backup (local database, at the first start of each day)</translation>
    </message>
    <message>
        <location filename="../../ui/admin/backup_tab.py" line="91"/>
        <source>每天自动备份到数据目录的 backups 文件夹</source>
        <translation>Back up automatically every day to the backups folder of the data directory</translation>
    </message>
    <message>
        <location filename="../../ui/admin/backup_tab.py" line="98"/>
        <source>保留最近(&amp;K)：</source>
        <translation>&amp;Keep the latest:</translation>
    </message>
    <message>
        <location filename="../../ui/admin/backup_tab.py" line="103"/>
        <source> 天</source>
        <translation> days</translation>
    </message>
    <message>
        <location filename="../../ui/admin/backup_tab.py" line="104"/>
        <source>超过多久未备份时提醒(&amp;W)：</source>
        <translation>&amp;Warn when no backup for:</translation>
    </message>
    <message>
        <location filename="../../ui/admin/backup_tab.py" line="105"/>
        <source>保存设置(&amp;S)</source>
        <translation>&amp;Save settings</translation>
    </message>
    <message>
        <location filename="../../ui/admin/backup_tab.py" line="129"/>
        <source>还没有备份。</source>
        <translation>No backup yet.</translation>
    </message>
    <message>
        <location filename="../../ui/admin/backup_tab.py" line="131"/>
        <source>最近的备份：%1（%2）</source>
        <translation>Latest backup: %1 (%2)</translation>
    </message>
    <message>
        <location filename="../../ui/admin/backup_tab.py" line="134"/>
        <source>⚠ 已超过 %1 天没有完好的备份。</source>
        <translation>⚠ No intact backup for more than %1 days.</translation>
    </message>
    <message>
        <location filename="../../ui/admin/backup_tab.py" line="138"/>
        <source>备份到</source>
        <translation>Back up to</translation>
    </message>
    <message>
        <location filename="../../ui/admin/backup_tab.py" line="147"/>
        <source>正在备份…</source>
        <translation>Backing up…</translation>
    </message>
    <message>
        <location filename="../../ui/admin/backup_tab.py" line="147"/>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../ui/admin/backup_tab.py" line="148"/>
        <source>备份</source>
        <translation>Backup</translation>
    </message>
    <message>
        <location filename="../../ui/admin/backup_tab.py" line="176"/>
        <source>已备份到：%1</source>
        <translation>Backed up to: %1</translation>
    </message>
    <message>
        <location filename="../../ui/admin/backup_tab.py" line="178"/>
        <source>恢复密钥（只显示这一次，请抄下并与备份分开保存）：%1</source>
        <translation>Recovery key (shown only this once: write it down and keep it apart from the backup): %1</translation>
    </message>
    <message>
        <location filename="../../ui/admin/backup_tab.py" line="191"/>
        <source>备份已取消，未留下不完整的文件。</source>
        <translation>Backup cancelled; no incomplete file was left.</translation>
    </message>
    <message>
        <location filename="../../ui/admin/backup_tab.py" line="201"/>
        <source>自动备份设置已保存。</source>
        <translation>Automatic backup settings saved.</translation>
    </message>
</context>
<context>
    <name>BarChart</name>
    <message>
        <location filename="../../ui/statistics/chart.py" line="53"/>
        <source>暂无数据</source>
        <translation>No data</translation>
    </message>
</context>
<context>
    <name>CaseCreditFlag</name>
    <message>
        <location filename="../../ui/credit/case_flag.py" line="23"/>
        <source>当事人在失信名单中（或正在认定）：详见“失信名单”</source>
        <translation>The party is on the credit blacklist (or being identified): see &quot;Credit blacklist&quot;</translation>
    </message>
    <message>
        <location filename="../../ui/credit/case_flag.py" line="36"/>
        <source>失信提示：</source>
        <translation>Credit warning:</translation>
    </message>
</context>
<context>
    <name>CaseDetailView</name>
    <message>
        <location filename="../../ui/cases/detail.py" line="59"/>
        <source>← 返回列表</source>
        <translation>← Back to the list</translation>
    </message>
    <message>
        <location filename="../../ui/cases/detail.py" line="60"/>
        <source>Alt+←</source>
        <translation>Alt+←</translation>
    </message>
    <message>
        <location filename="../../ui/cases/detail.py" line="68"/>
        <source>中止处理中</source>
        <translation>Handling suspended</translation>
    </message>
    <message>
        <location filename="../../ui/cases/detail.py" line="74"/>
        <source>调解中</source>
        <translation>In mediation</translation>
    </message>
    <message>
        <location filename="../../ui/cases/detail.py" line="80"/>
        <source>修改请求信息(&amp;E)</source>
        <translation>&amp;Edit request details</translation>
    </message>
    <message>
        <location filename="../../ui/cases/detail.py" line="84"/>
        <source>刷新</source>
        <translation>Refresh</translation>
    </message>
    <message>
        <location filename="../../ui/cases/detail.py" line="122"/>
        <source>概况</source>
        <translation>Overview</translation>
    </message>
    <message>
        <location filename="../../ui/cases/detail.py" line="122"/>
        <source>当事人</source>
        <translation>Party</translation>
    </message>
    <message>
        <location filename="../../ui/cases/detail.py" line="123"/>
        <source>专利</source>
        <translation>Patent</translation>
    </message>
    <message>
        <location filename="../../ui/cases/detail.py" line="123"/>
        <source>合议组</source>
        <translation>Panel</translation>
    </message>
    <message>
        <location filename="../../ui/cases/detail.py" line="124"/>
        <source>期限</source>
        <translation>Deadline</translation>
    </message>
    <message>
        <location filename="../../ui/cases/detail.py" line="124"/>
        <source>时间线</source>
        <translation>Timeline</translation>
    </message>
    <message>
        <location filename="../../ui/cases/detail.py" line="137"/>
        <source>搜索</source>
        <translation>Search</translation>
    </message>
    <message>
        <location filename="../../ui/cases/detail.py" line="142"/>
        <source>当事人信息更正已保存。</source>
        <translation>Correction of party details saved.</translation>
    </message>
    <message>
        <location filename="../../ui/cases/detail.py" line="145"/>
        <source>操作(&amp;A)</source>
        <translation>&amp;Actions</translation>
    </message>
    <message>
        <location filename="../../ui/cases/detail.py" line="181"/>
        <source>未立案</source>
        <translation>Not registered</translation>
    </message>
    <message>
        <location filename="../../ui/cases/detail.py" line="186"/>
        <source>结案期限已延长 %1 次</source>
        <translation>Closing limit extended %1 times</translation>
    </message>
    <message>
        <location filename="../../ui/cases/detail.py" line="189"/>
        <source>待审批：%1</source>
        <translation>Awaiting approval: %1</translation>
    </message>
    <message>
        <location filename="../../ui/cases/detail.py" line="193"/>
        <source>%1&#x3000;%2（%3）&#x3000;请求人：%4&#x3000;被请求人：%5&#x3000;承办人：%6</source>
        <translation>%1&#x3000;%2 (%3)&#x3000;Requester: %4&#x3000;Respondent: %5&#x3000;Officer: %6</translation>
    </message>
    <message>
        <location filename="../../ui/cases/detail.py" line="221"/>
        <source>须经部门负责人批准</source>
        <translation>Needs the department head&apos;s approval</translation>
    </message>
    <message>
        <location filename="../../ui/cases/detail.py" line="225"/>
        <source>（提交审批）</source>
        <translation>(submit for approval)</translation>
    </message>
    <message>
        <location filename="../../ui/cases/detail.py" line="228"/>
        <source>当前没有可进行的操作。</source>
        <translation>No action is possible now.</translation>
    </message>
    <message>
        <location filename="../../ui/cases/detail.py" line="231"/>
        <source>（无可进行的操作）</source>
        <translation>(no action possible)</translation>
    </message>
    <message>
        <location filename="../../ui/cases/detail.py" line="238"/>
        <source>立案前须依法组成合议组：请在“合议组”页指定合议组长、审理员和书记员。</source>
        <translation>A panel must be lawfully composed before registration: appoint the presiding member, examiners and clerk on the Panel page.</translation>
    </message>
    <message>
        <location filename="../../ui/cases/detail.py" line="240"/>
        <source>合议组不完整（如决定回避后尚未指定接替人员）：补足前，口审、合议等工作不能进行。请在“合议组”页补足。</source>
        <translation>The panel is incomplete (e.g. a member was recused and no replacement named yet): until it is completed, hearings, deliberation and similar work cannot go on. Complete it on the Panel page.</translation>
    </message>
    <message>
        <location filename="../../ui/cases/detail.py" line="262"/>
        <source>“%1”已提交部门负责人审批。</source>
        <translation>&quot;%1&quot; has been submitted to the department head for approval.</translation>
    </message>
    <message>
        <location filename="../../ui/cases/detail.py" line="264"/>
        <source>已完成：%1</source>
        <translation>Completed: %1</translation>
    </message>
    <message>
        <location filename="../../ui/cases/detail.py" line="296"/>
        <source>合议组已保存。</source>
        <translation>Panel saved.</translation>
    </message>
</context>
<context>
    <name>CaseFilterBar</name>
    <message>
        <location filename="../../ui/cases/filter_bar.py" line="28"/>
        <source>搜索：案号、当事人名称（可只输一两个字）、专利号  Ctrl+F</source>
        <translation>Search: case number, party name (one or two characters will do), patent number  Ctrl+F</translation>
    </message>
    <message>
        <location filename="../../ui/cases/filter_bar.py" line="35"/>
        <source>未立案</source>
        <translation>Not registered</translation>
    </message>
    <message>
        <location filename="../../ui/cases/filter_bar.py" line="36"/>
        <source>办理中（已立案）</source>
        <translation>In progress (registered)</translation>
    </message>
    <message>
        <location filename="../../ui/cases/filter_bar.py" line="37"/>
        <source>已结案</source>
        <translation>Closed</translation>
    </message>
    <message>
        <location filename="../../ui/cases/filter_bar.py" line="38"/>
        <source>只看%1</source>
        <translation>Only %1</translation>
    </message>
    <message>
        <location filename="../../ui/cases/filter_bar.py" line="47"/>
        <source>全部状态</source>
        <translation>All states</translation>
    </message>
    <message>
        <location filename="../../ui/cases/filter_bar.py" line="58"/>
        <source>全部专利类型</source>
        <translation>All patent types</translation>
    </message>
    <message>
        <location filename="../../ui/cases/filter_bar.py" line="65"/>
        <source>中止中</source>
        <translation>Suspended</translation>
    </message>
    <message>
        <location filename="../../ui/cases/filter_bar.py" line="70"/>
        <source>收到日期</source>
        <translation>Date received</translation>
    </message>
    <message>
        <location filename="../../ui/cases/filter_bar.py" line="71"/>
        <source>立案日期</source>
        <translation>Registration date</translation>
    </message>
    <message>
        <location filename="../../ui/cases/filter_bar.py" line="76"/>
        <source>清除筛选(&amp;R)</source>
        <translation>Clea&amp;r filter</translation>
    </message>
    <message>
        <location filename="../../ui/cases/filter_bar.py" line="140"/>
        <source>状态：全部</source>
        <translation>State: all</translation>
    </message>
    <message>
        <location filename="../../ui/cases/filter_bar.py" line="142"/>
        <source>状态：%1</source>
        <translation>State: %1</translation>
    </message>
    <message>
        <location filename="../../ui/cases/filter_bar.py" line="144"/>
        <source>状态：%1 项</source>
        <translation>State: %1 items</translation>
    </message>
</context>
<context>
    <name>CaseHearingsTab</name>
    <message>
        <location filename="../../ui/hearings/case_tab.py" line="32"/>
        <source>次</source>
        <translation>No.</translation>
    </message>
    <message>
        <location filename="../../ui/hearings/case_tab.py" line="32"/>
        <source>时间</source>
        <translation>Time</translation>
    </message>
    <message>
        <location filename="../../ui/hearings/case_tab.py" line="33"/>
        <source>口审庭</source>
        <translation>Hearing room</translation>
    </message>
    <message>
        <location filename="../../ui/hearings/case_tab.py" line="34"/>
        <source>方式</source>
        <translation>Method</translation>
    </message>
    <message>
        <location filename="../../ui/hearings/case_tab.py" line="34"/>
        <location filename="../../ui/hearings/case_tab.py" line="44"/>
        <source>状态</source>
        <translation>State</translation>
    </message>
    <message>
        <location filename="../../ui/hearings/case_tab.py" line="35"/>
        <source>说明</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location filename="../../ui/hearings/case_tab.py" line="36"/>
        <source>当事人</source>
        <translation>Party</translation>
    </message>
    <message>
        <location filename="../../ui/hearings/case_tab.py" line="36"/>
        <source>通知送达</source>
        <translation>Notice served</translation>
    </message>
    <message>
        <location filename="../../ui/hearings/case_tab.py" line="37"/>
        <source>回执期限</source>
        <translation>Acknowledgement due</translation>
    </message>
    <message>
        <location filename="../../ui/hearings/case_tab.py" line="38"/>
        <source>回执收到</source>
        <translation>Acknowledgement received</translation>
    </message>
    <message>
        <location filename="../../ui/hearings/case_tab.py" line="39"/>
        <source>是否参加</source>
        <translation>Attending</translation>
    </message>
    <message>
        <location filename="../../ui/hearings/case_tab.py" line="40"/>
        <source>出席人员/理由</source>
        <translation>Attendees/reason</translation>
    </message>
    <message>
        <location filename="../../ui/hearings/case_tab.py" line="41"/>
        <source>申请人</source>
        <translation>Applicant</translation>
    </message>
    <message>
        <location filename="../../ui/hearings/case_tab.py" line="42"/>
        <source>收到</source>
        <translation>Received</translation>
    </message>
    <message>
        <location filename="../../ui/hearings/case_tab.py" line="43"/>
        <source>理由</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location filename="../../ui/hearings/case_tab.py" line="45"/>
        <source>决定</source>
        <translation>Decision</translation>
    </message>
    <message>
        <location filename="../../ui/hearings/case_tab.py" line="61"/>
        <source>安排口审(&amp;S)…</source>
        <translation>&amp;Schedule a hearing…</translation>
    </message>
    <message>
        <location filename="../../ui/hearings/case_tab.py" line="61"/>
        <source>变更安排(&amp;M)…</source>
        <translation>Change the arrange&amp;ments…</translation>
    </message>
    <message>
        <location filename="../../ui/hearings/case_tab.py" line="62"/>
        <source>续行口审(&amp;C)…</source>
        <translation>&amp;Continue the hearing…</translation>
    </message>
    <message>
        <location filename="../../ui/hearings/case_tab.py" line="62"/>
        <source>登记回执(&amp;R)…</source>
        <translation>&amp;Record acknowledgement…</translation>
    </message>
    <message>
        <location filename="../../ui/hearings/case_tab.py" line="63"/>
        <source>延期申请(&amp;P)…</source>
        <translation>&amp;Postponement request…</translation>
    </message>
    <message>
        <location filename="../../ui/hearings/case_tab.py" line="63"/>
        <source>决定延期申请(&amp;D)…</source>
        <translation>&amp;Decide the postponement request…</translation>
    </message>
    <message>
        <location filename="../../ui/hearings/case_tab.py" line="64"/>
        <source>结束本次口审(&amp;E)…</source>
        <translation>&amp;End this hearing…</translation>
    </message>
    <message>
        <location filename="../../ui/hearings/case_tab.py" line="64"/>
        <source>口审笔录(&amp;B)…</source>
        <translation>Hearing record… (&amp;B)</translation>
    </message>
    <message>
        <location filename="../../ui/hearings/case_tab.py" line="80"/>
        <source>口头审理通知与回执（回执自收到通知之日起计算，逾期标红）：</source>
        <translation>Hearing notices and acknowledgements (acknowledgement periods run from receipt of the notice; overdue in red):</translation>
    </message>
    <message>
        <location filename="../../ui/hearings/case_tab.py" line="83"/>
        <source>延期口审申请：</source>
        <translation>Hearing postponement request:</translation>
    </message>
    <message>
        <location filename="../../ui/hearings/case_tab.py" line="101"/>
        <source>本案已定于 %1 在“%2”口审，但尚未登记到口审日程：请点击“安排口审”登记口审庭和参加人员。</source>
        <translation>This case has a hearing set for %1 in &quot;%2&quot; but it is not yet in the hearing calendar: click &quot;Schedule a hearing&quot; to book the room and participants.</translation>
    </message>
    <message>
        <location filename="../../ui/hearings/case_tab.py" line="106"/>
        <source>公开</source>
        <translation>Publication</translation>
    </message>
    <message>
        <location filename="../../ui/hearings/case_tab.py" line="106"/>
        <source>不公开</source>
        <translation>Not public</translation>
    </message>
    <message>
        <location filename="../../ui/hearings/case_tab.py" line="107"/>
        <source>线上</source>
        <translation>Online</translation>
    </message>
    <message>
        <location filename="../../ui/hearings/case_tab.py" line="136"/>
        <source>尚未安排口审。</source>
        <translation>No hearing scheduled yet.</translation>
    </message>
    <message>
        <location filename="../../ui/hearings/case_tab.py" line="145"/>
        <source>代理人：</source>
        <translation>Agent:</translation>
    </message>
    <message>
        <location filename="../../ui/hearings/case_tab.py" line="147"/>
        <source>线上：</source>
        <translation>Online:</translation>
    </message>
    <message>
        <location filename="../../ui/hearings/case_tab.py" line="149"/>
        <source>已确认的警示：</source>
        <translation>Acknowledged warnings:</translation>
    </message>
    <message>
        <location filename="../../ui/hearings/case_tab.py" line="153"/>
        <source>未送达</source>
        <translation>Not served</translation>
    </message>
    <message>
        <location filename="../../ui/hearings/case_tab.py" line="157"/>
        <source>（逾期）</source>
        <translation>(overdue)</translation>
    </message>
</context>
<context>
    <name>CaseIntakeTab</name>
    <message>
        <location filename="../../ui/intake/case_tab.py" line="41"/>
        <source>收案登记</source>
        <translation>Intake entries</translation>
    </message>
    <message>
        <location filename="../../ui/intake/case_tab.py" line="44"/>
        <source>同一专利、同一被请求人的其他记录</source>
        <translation>Other records for the same patent and respondent</translation>
    </message>
    <message>
        <location filename="../../ui/intake/case_tab.py" line="48"/>
        <source>编号/案号</source>
        <translation>Number/case number</translation>
    </message>
    <message>
        <location filename="../../ui/intake/case_tab.py" line="48"/>
        <source>被请求人</source>
        <translation>Respondent</translation>
    </message>
    <message>
        <location filename="../../ui/intake/case_tab.py" line="48"/>
        <source>状态</source>
        <translation>State</translation>
    </message>
    <message>
        <location filename="../../ui/intake/case_tab.py" line="49"/>
        <source>提示</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../ui/intake/case_tab.py" line="56"/>
        <source>登记簿中没有同一专利、同一被请求人的其他记录。</source>
        <translation>The register has no other records for the same patent and respondent.</translation>
    </message>
    <message>
        <location filename="../../ui/intake/case_tab.py" line="68"/>
        <source>重复侵权：被请求人已被 %1 裁决认定侵犯同一专利权（《专利纠纷行政裁决和调解办法》第三十四条）</source>
        <translation>Repeat infringement: the respondent has been found by ruling %1 to infringe the same patent (Measures for Administrative Adjudication and Mediation of Patent Disputes art. 34)</translation>
    </message>
    <message>
        <location filename="../../ui/intake/case_tab.py" line="74"/>
        <source>本案直接登记，未经收案登记簿。</source>
        <translation>This case was registered directly, not through the intake register.</translation>
    </message>
    <message>
        <location filename="../../ui/intake/case_tab.py" line="76"/>
        <source>收案编号</source>
        <translation>Intake number</translation>
    </message>
    <message>
        <location filename="../../ui/intake/case_tab.py" line="76"/>
        <source>事项</source>
        <translation>Matter</translation>
    </message>
    <message>
        <location filename="../../ui/intake/case_tab.py" line="77"/>
        <source>渠道</source>
        <translation>Channel</translation>
    </message>
    <message>
        <location filename="../../ui/intake/case_tab.py" line="78"/>
        <source>收到时间</source>
        <translation>Time received</translation>
    </message>
    <message>
        <location filename="../../ui/intake/case_tab.py" line="79"/>
        <source>程序</source>
        <translation>Procedure</translation>
    </message>
    <message>
        <location filename="../../ui/intake/case_tab.py" line="79"/>
        <source>未定</source>
        <translation>Undecided</translation>
    </message>
    <message>
        <location filename="../../ui/intake/case_tab.py" line="80"/>
        <source>规则建议</source>
        <translation>Rule suggestion</translation>
    </message>
    <message>
        <location filename="../../ui/intake/case_tab.py" line="81"/>
        <source>改变建议的理由</source>
        <translation>Reason for changing the suggestion</translation>
    </message>
    <message>
        <location filename="../../ui/intake/case_tab.py" line="90"/>
        <source>重复侵权</source>
        <translation>Repeat infringement</translation>
    </message>
    <message>
        <location filename="../../ui/intake/case_tab.py" line="91"/>
        <source>未立案案件</source>
        <translation>Cases not registered</translation>
    </message>
</context>
<context>
    <name>CaseListView</name>
    <message>
        <location filename="../../ui/cases/list_section.py" line="63"/>
        <source>行政裁决案件登记</source>
        <translation>Administrative adjudication case registration</translation>
    </message>
    <message>
        <location filename="../../ui/cases/list_section.py" line="64"/>
        <source>案件列表</source>
        <translation>Case list</translation>
    </message>
    <message>
        <location filename="../../ui/cases/list_section.py" line="91"/>
        <source>搜索：%1</source>
        <translation>Search: %1</translation>
    </message>
    <message>
        <location filename="../../ui/cases/list_section.py" line="94"/>
        <source>导出时间：%1</source>
        <translation>Exported: %1</translation>
    </message>
    <message>
        <location filename="../../ui/cases/list_section.py" line="75"/>
        <source>没有找到与“%1”相符的案件</source>
        <translation>No cases match &quot;%1&quot;</translation>
    </message>
    <message>
        <location filename="../../ui/cases/list_section.py" line="76"/>
        <source>没有符合条件的案件</source>
        <translation>No cases match the filter</translation>
    </message>
</context>
<context>
    <name>CaseSearchModel</name>
    <message>
        <location filename="../../ui/cases/record_search_tab.py" line="24"/>
        <source>口头审理笔录</source>
        <translation>Oral hearing record</translation>
    </message>
    <message>
        <location filename="../../ui/cases/record_search_tab.py" line="25"/>
        <source>调查笔录</source>
        <translation>Investigation record</translation>
    </message>
    <message>
        <location filename="../../ui/cases/record_search_tab.py" line="26"/>
        <source>现场检查（勘验）笔录</source>
        <translation>On-site inspection record</translation>
    </message>
    <message>
        <location filename="../../ui/cases/record_search_tab.py" line="27"/>
        <source>文书</source>
        <translation>Documents</translation>
    </message>
    <message>
        <location filename="../../ui/cases/record_search_tab.py" line="28"/>
        <source>证据</source>
        <translation>Evidence</translation>
    </message>
    <message>
        <location filename="../../ui/cases/record_search_tab.py" line="49"/>
        <source>记录</source>
        <translation>Record</translation>
    </message>
    <message>
        <location filename="../../ui/cases/record_search_tab.py" line="50"/>
        <source>日期</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../ui/cases/record_search_tab.py" line="52"/>
        <source>原文</source>
        <translation>Original</translation>
    </message>
</context>
<context>
    <name>CaseSearchTab</name>
    <message>
        <location filename="../../ui/cases/record_search_tab.py" line="69"/>
        <source>在本案的口审笔录、调查笔录、文书和证据中搜索，如证人说过的话</source>
        <translation>Search this case&apos;s hearing records, investigation records, documents and evidence, e.g. what a witness said</translation>
    </message>
    <message>
        <location filename="../../ui/cases/record_search_tab.py" line="71"/>
        <source>搜索本案记录(&amp;S)：</source>
        <translation>&amp;Search this case&apos;s records:</translation>
    </message>
    <message>
        <location filename="../../ui/cases/record_search_tab.py" line="109"/>
        <source>正在搜索…</source>
        <translation>Searching…</translation>
    </message>
    <message>
        <location filename="../../ui/cases/record_search_tab.py" line="120"/>
        <source>本案记录中没有“%1”</source>
        <translation>&quot;%1&quot; is not in this case&apos;s records</translation>
    </message>
    <message>
        <location filename="../../ui/cases/record_search_tab.py" line="122"/>
        <source>找到很多处，只列出前 %1 处：请输入更长的文字</source>
        <translation>Many found; only the first %1 are listed: type a longer text</translation>
    </message>
    <message>
        <location filename="../../ui/cases/record_search_tab.py" line="125"/>
        <source>找到 %1 处；双击打开所在的记录</source>
        <translation>%1 found; double-click to open the record</translation>
    </message>
</context>
<context>
    <name>CaseTableModel</name>
    <message>
        <location filename="../../ui/cases/table_model.py" line="41"/>
        <location filename="../../ui/cases/table_model.py" line="100"/>
        <source>案号</source>
        <translation>Case number</translation>
    </message>
    <message>
        <location filename="../../ui/cases/table_model.py" line="104"/>
        <source>状态</source>
        <translation>State</translation>
    </message>
    <message>
        <location filename="../../ui/cases/table_model.py" line="42"/>
        <location filename="../../ui/cases/table_model.py" line="106"/>
        <source>专利号</source>
        <translation>Patent number</translation>
    </message>
    <message>
        <location filename="../../ui/cases/table_model.py" line="107"/>
        <source>专利名称</source>
        <translation>Patent title</translation>
    </message>
    <message>
        <location filename="../../ui/cases/table_model.py" line="43"/>
        <location filename="../../ui/cases/table_model.py" line="108"/>
        <source>请求人</source>
        <translation>Requester</translation>
    </message>
    <message>
        <location filename="../../ui/cases/table_model.py" line="44"/>
        <location filename="../../ui/cases/table_model.py" line="109"/>
        <source>被请求人</source>
        <translation>Respondent</translation>
    </message>
    <message>
        <location filename="../../ui/cases/table_model.py" line="45"/>
        <source>代理人</source>
        <translation>Agent</translation>
    </message>
    <message>
        <location filename="../../ui/cases/table_model.py" line="46"/>
        <source>统一社会信用代码</source>
        <translation>Unified social credit code</translation>
    </message>
    <message>
        <location filename="../../ui/cases/table_model.py" line="110"/>
        <source>承办人</source>
        <translation>Officer in charge</translation>
    </message>
    <message>
        <location filename="../../ui/cases/table_model.py" line="111"/>
        <source>收到日期</source>
        <translation>Date received</translation>
    </message>
    <message>
        <location filename="../../ui/cases/table_model.py" line="112"/>
        <source>立案日期</source>
        <translation>Registration date</translation>
    </message>
    <message>
        <location filename="../../ui/cases/table_model.py" line="113"/>
        <source>结案期限</source>
        <translation>Closing limit</translation>
    </message>
    <message>
        <location filename="../../ui/cases/table_model.py" line="115"/>
        <source>特征</source>
        <translation>Feature</translation>
    </message>
    <message>
        <location filename="../../ui/cases/table_model.py" line="117"/>
        <source>匹配项</source>
        <translation>Matched in</translation>
    </message>
</context>
<context>
    <name>CheckinResultDialog</name>
    <message>
        <location filename="../../ui/sync/checkin_dialog.py" line="29"/>
        <source>签入结果</source>
        <translation>Check-in result</translation>
    </message>
    <message>
        <location filename="../../ui/sync/checkin_dialog.py" line="38"/>
        <source>记录 / 操作</source>
        <translation>Record / operation</translation>
    </message>
    <message>
        <location filename="../../ui/sync/checkin_dialog.py" line="38"/>
        <source>结果</source>
        <translation>Result</translation>
    </message>
    <message>
        <location filename="../../ui/sync/checkin_dialog.py" line="38"/>
        <source>原因</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location filename="../../ui/sync/checkin_dialog.py" line="51"/>
        <source>笔记本“%1”：执行 %2 项，此前已签入 %3 项，进入冲突队列 %4 项，被拒绝 %5 项。</source>
        <translation>Laptop &quot;%1&quot;: %2 applied, %3 checked in before, %4 sent to the conflict queue, %5 refused.</translation>
    </message>
    <message>
        <location filename="../../ui/sync/checkin_dialog.py" line="56"/>
        <source>全部记录已签回单位，外出办案结束。</source>
        <translation>Every record is back at the office; the field check-out has ended.</translation>
    </message>
    <message>
        <location filename="../../ui/sync/checkin_dialog.py" line="58"/>
        <source>已签回 %1 件记录；其余记录仍在外出办案中，待冲突处理后签回。</source>
        <translation>%1 records are back at the office; the others stay checked out until their conflicts are decided.</translation>
    </message>
    <message>
        <location filename="../../ui/sync/checkin_dialog.py" line="61"/>
        <source>未用的预留文号：%1 个退回文号序列，%2 个登记作废。</source>
        <translation>Unused reserved document numbers: %1 returned to the counter, %2 registered as void.</translation>
    </message>
    <message>
        <location filename="../../ui/sync/checkin_dialog.py" line="64"/>
        <source>回执已写在签入包旁：%1（带回笔记本，在“外出办案 › 导入回执”中导入）。</source>
        <translation>The receipt was written beside the check-in package: %1 (take it to the laptop and import it under &quot;Field work › Import receipt&quot;).</translation>
    </message>
    <message>
        <location filename="../../ui/sync/checkin_dialog.py" line="67"/>
        <source>未执行的操作由部门负责人或承办人在“外出办案 › 冲突队列”中逐项决定，笔记本上的记录保留到那时。</source>
        <translation>Operations not applied are decided one by one by the department head or the officer in charge under &quot;Field work › Conflict queue&quot;; the laptop keeps its records until then.</translation>
    </message>
    <message>
        <location filename="../../ui/sync/checkin_dialog.py" line="72"/>
        <source>其他操作</source>
        <translation>Other operations</translation>
    </message>
    <message>
        <location filename="../../ui/sync/checkin_dialog.py" line="74"/>
        <source>%1 %2（笔记本上新登记）</source>
        <translation>%1 %2 (newly registered on the laptop)</translation>
    </message>
    <message>
        <location filename="../../ui/sync/checkin_dialog.py" line="75"/>
        <source>尚无正式编号</source>
        <translation>No office number yet</translation>
    </message>
    <message>
        <location filename="../../ui/sync/checkin_dialog.py" line="89"/>
        <source>（冲突第 %1 号）</source>
        <translation>(conflict no. %1)</translation>
    </message>
    <message>
        <location filename="../../ui/sync/checkin_dialog.py" line="94"/>
        <source>有未执行的操作</source>
        <translation>Some operations were not applied</translation>
    </message>
    <message>
        <location filename="../../ui/sync/checkin_dialog.py" line="97"/>
        <source>全部执行</source>
        <translation>All applied</translation>
    </message>
</context>
<context>
    <name>CheckoutDialog</name>
    <message>
        <location filename="../../ui/sync/checkout_dialog.py" line="91"/>
        <source>检出到笔记本</source>
        <translation>Check out to a laptop</translation>
    </message>
    <message>
        <location filename="../../ui/sync/checkout_dialog.py" line="92"/>
        <source>检出的记录在单位标注“外出办案”：签入之前，单位只能登记邮寄送达回证和当事人提交的材料。笔记本上所做的一切在签入时由单位按同样的规则执行，不能执行的进入冲突队列，由人决定。</source>
        <translation>Checked-out records are marked &quot;out in the field&quot; at the office: until check-in the office may only record proofs of service returned by post and what the parties submit. Everything done on the laptop is applied at check-in under the same rules; what cannot be applied goes to the conflict queue for a person to decide.</translation>
    </message>
    <message>
        <location filename="../../ui/sync/checkout_dialog.py" line="108"/>
        <source>办案人员(&amp;U)：</source>
        <translation>Officer (&amp;U):</translation>
    </message>
    <message>
        <location filename="../../ui/sync/checkout_dialog.py" line="109"/>
        <source>笔记本名称(&amp;L)：</source>
        <translation>&amp;Laptop name:</translation>
    </message>
    <message>
        <location filename="../../ui/sync/checkout_dialog.py" line="110"/>
        <source>%1的笔记本</source>
        <translation>%1&apos;s laptop</translation>
    </message>
    <message>
        <location filename="../../ui/sync/checkout_dialog.py" line="112"/>
        <source>预计返回(&amp;T)：</source>
        <translation>Expected return (&amp;T):</translation>
    </message>
    <message>
        <location filename="../../ui/sync/checkout_dialog.py" line="118"/>
        <source>只列出该办案人员承办的记录</source>
        <translation>List only the records this officer handles</translation>
    </message>
    <message>
        <location filename="../../ui/sync/checkout_dialog.py" line="121"/>
        <source>选中全部在办记录(&amp;M)</source>
        <translation>Select all open records (&amp;M)</translation>
    </message>
    <message>
        <location filename="../../ui/sync/checkout_dialog.py" line="130"/>
        <source>检出</source>
        <translation>Check out</translation>
    </message>
    <message>
        <location filename="../../ui/sync/checkout_dialog.py" line="130"/>
        <source>类别</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../../ui/sync/checkout_dialog.py" line="130"/>
        <source>编号</source>
        <translation>Number</translation>
    </message>
    <message>
        <location filename="../../ui/sync/checkout_dialog.py" line="130"/>
        <source>当事人 / 事由</source>
        <translation>Parties / subject</translation>
    </message>
    <message>
        <location filename="../../ui/sync/checkout_dialog.py" line="130"/>
        <source>承办人</source>
        <translation>Officer in charge</translation>
    </message>
    <message>
        <location filename="../../ui/sync/checkout_dialog.py" line="136"/>
        <source>记录：</source>
        <translation>Records:</translation>
    </message>
    <message>
        <location filename="../../ui/sync/checkout_dialog.py" line="142"/>
        <source>文书</source>
        <translation>Document</translation>
    </message>
    <message>
        <location filename="../../ui/sync/checkout_dialog.py" line="142"/>
        <source>预留文号数</source>
        <translation>Numbers to reserve</translation>
    </message>
    <message>
        <location filename="../../ui/sync/checkout_dialog.py" line="149"/>
        <source>（现场常用）</source>
        <translation>(often used on site)</translation>
    </message>
    <message>
        <location filename="../../ui/sync/checkout_dialog.py" line="157"/>
        <source>预留文号：</source>
        <translation>Reserved document numbers:</translation>
    </message>
    <message>
        <location filename="../../ui/sync/checkout_dialog.py" line="163"/>
        <source>本机：在本电脑建立笔记本副本（检出后可用它重新启动本程序）</source>
        <translation>This computer: make a laptop copy here (the program can restart on it after check-out)</translation>
    </message>
    <message>
        <location filename="../../ui/sync/checkout_dialog.py" line="165"/>
        <source>检出包文件：带到另一台电脑，在那里导入</source>
        <translation>Check-out package file: take it to another computer and import it there</translation>
    </message>
    <message>
        <location filename="../../ui/sync/checkout_dialog.py" line="173"/>
        <source>选择(&amp;B)…</source>
        <translation>Choose (&amp;B)…</translation>
    </message>
    <message>
        <location filename="../../ui/sync/checkout_dialog.py" line="177"/>
        <source>检出到：</source>
        <translation>Check out to:</translation>
    </message>
    <message>
        <location filename="../../ui/sync/checkout_dialog.py" line="178"/>
        <source>口令(&amp;P)：</source>
        <translation>&amp;Passphrase:</translation>
    </message>
    <message>
        <location filename="../../ui/sync/checkout_dialog.py" line="181"/>
        <source>至少 %1 个字符；打开笔记本副本或检出包时需要</source>
        <translation>At least %1 characters; needed to open the laptop copy or the check-out package</translation>
    </message>
    <message>
        <location filename="../../ui/sync/checkout_dialog.py" line="182"/>
        <source>再次输入口令(&amp;C)：</source>
        <translation>&amp;Confirm passphrase:</translation>
    </message>
    <message>
        <location filename="../../ui/sync/checkout_dialog.py" line="185"/>
        <source>检出(&amp;O)</source>
        <translation>Check &amp;out</translation>
    </message>
    <message>
        <location filename="../../ui/sync/checkout_dialog.py" line="239"/>
        <source>检出包</source>
        <translation>Check-out package</translation>
    </message>
    <message>
        <location filename="../../ui/sync/checkout_dialog.py" line="241"/>
        <source>保存检出包</source>
        <translation>Save check-out package</translation>
    </message>
    <message>
        <location filename="../../ui/sync/checkout_dialog.py" line="241"/>
        <source>ipcase 数据包 (*.ipcpkg)</source>
        <translation>ipcase package (*.ipcpkg)</translation>
    </message>
</context>
<context>
    <name>CloseRecordDialog</name>
    <message>
        <location filename="../../ui/hearings/close_dialog.py" line="33"/>
        <source>结束口审</source>
        <translation>End the hearing</translation>
    </message>
    <message>
        <location filename="../../ui/hearings/close_dialog.py" line="35"/>
        <source>笔录记载请求人方无人到庭。请求人经书面通知，无正当理由拒不参加口头审理的，按撤回请求处理（须经部门负责人批准）；有正当理由的，请以休庭结束本次口审并另行安排。</source>
        <translation>The record shows nobody present for the requester. A requester notified in writing who refuses without good reason to attend is treated as having withdrawn (with the department head&apos;s approval); with good reason, end this hearing by adjourning and schedule another.</translation>
    </message>
    <message>
        <location filename="../../ui/hearings/close_dialog.py" line="38"/>
        <source>笔录记载被请求人方无人到庭：口审完毕时记明被请求人缺席，本案缺席审理。</source>
        <translation>The record shows nobody present for the respondent: on completing the hearing, the respondent&apos;s absence is recorded and the case is heard by default.</translation>
    </message>
    <message>
        <location filename="../../ui/hearings/close_dialog.py" line="40"/>
        <source>各方均已到庭。</source>
        <translation>All parties are present.</translation>
    </message>
    <message>
        <location filename="../../ui/hearings/close_dialog.py" line="50"/>
        <source>口头审理完毕(&amp;H)</source>
        <translation>Oral &amp;hearing completed</translation>
    </message>
    <message>
        <location filename="../../ui/hearings/close_dialog.py" line="51"/>
        <source>休庭，另行续行口审(&amp;A)</source>
        <translation>&amp;Adjourn, continue the hearing later</translation>
    </message>
    <message>
        <location filename="../../ui/hearings/close_dialog.py" line="52"/>
        <source>请求人无正当理由拒不到庭，按撤回请求处理(&amp;W)</source>
        <translation>The requester refuses without good reason to appear; treat as &amp;withdrawn</translation>
    </message>
    <message>
        <location filename="../../ui/hearings/close_dialog.py" line="61"/>
        <source>结束方式：</source>
        <translation>Ended by:</translation>
    </message>
    <message>
        <location filename="../../ui/hearings/close_dialog.py" line="64"/>
        <source>日期(&amp;D)：</source>
        <translation>&amp;Date:</translation>
    </message>
    <message>
        <location filename="../../ui/hearings/close_dialog.py" line="69"/>
        <source>休庭的，写明原因（如回避申请待决定、需补充证据、双方和解）</source>
        <translation>When adjourning, state why (e.g. a recusal application awaiting decision, further evidence needed, the parties settling)</translation>
    </message>
    <message>
        <location filename="../../ui/hearings/close_dialog.py" line="70"/>
        <source>说明(&amp;N)：</source>
        <translation>&amp;Notes:</translation>
    </message>
    <message>
        <location filename="../../ui/hearings/close_dialog.py" line="84"/>
        <source>按撤回请求处理</source>
        <translation>Treat as withdrawn</translation>
    </message>
    <message>
        <location filename="../../ui/hearings/close_dialog.py" line="85"/>
        <source>确定请求人无正当理由拒不参加口头审理，按撤回请求处理吗？
将提交部门负责人审批，批准后撤销本案。</source>
        <translation>Confirm that the requester refused without good reason to attend the oral hearing and treat the request as withdrawn?
This is submitted to the department head for approval; once approved, the case is revoked.</translation>
    </message>
</context>
<context>
    <name>CloseSessionDialog</name>
    <message>
        <location filename="../../ui/hearings/forms.py" line="129"/>
        <source>结束本次口审</source>
        <translation>End this hearing</translation>
    </message>
    <message>
        <location filename="../../ui/hearings/forms.py" line="130"/>
        <source>口头审理完毕(&amp;H)</source>
        <translation>Oral &amp;hearing completed</translation>
    </message>
    <message>
        <location filename="../../ui/hearings/forms.py" line="131"/>
        <source>休庭，另行安排续行口审(&amp;J)</source>
        <translation>Ad&amp;journ and schedule a continued hearing</translation>
    </message>
    <message>
        <location filename="../../ui/hearings/forms.py" line="135"/>
        <source>日期(&amp;D)</source>
        <translation>&amp;Date</translation>
    </message>
    <message>
        <location filename="../../ui/hearings/forms.py" line="137"/>
        <source>被请求人缺席（缺席审理）</source>
        <translation>Respondent absent (heard by default)</translation>
    </message>
    <message>
        <location filename="../../ui/hearings/forms.py" line="138"/>
        <source>休庭原因/说明(&amp;N)</source>
        <translation>Reason for adjournment / &amp;notes</translation>
    </message>
</context>
<context>
    <name>ConfidentialityDialog</name>
    <message>
        <location filename="../../ui/publication/confidentiality_dialog.py" line="29"/>
        <source>当事人申请不予公开 — %1</source>
        <translation>Party&apos;s confidentiality request — %1</translation>
    </message>
    <message>
        <location filename="../../ui/publication/confidentiality_dialog.py" line="30"/>
        <source>公开裁决书时隐去当事人申请不予公开的内容（M25 第八十三条）。登记后，编辑公开版本时这些内容默认勾选隐去，仍可逐项审核。金额按数额匹配：申请“50万元”，正文中的“500,000元”也一并隐去。</source>
        <translation>When a ruling is published, what the parties asked not to publish is masked (M25 art. 83). Once recorded, these items are ticked for masking in the published version, still reviewable one by one. Amounts match by value: a request for &quot;50万元&quot; also masks &quot;500,000元&quot; in the text.</translation>
    </message>
    <message>
        <location filename="../../ui/publication/confidentiality_dialog.py" line="34"/>
        <source>申请人(&amp;P)：</source>
        <translation>A&amp;pplicant:</translation>
    </message>
    <message>
        <location filename="../../ui/publication/confidentiality_dialog.py" line="39"/>
        <source>申请日期(&amp;D)：</source>
        <translation>Application &amp;date:</translation>
    </message>
    <message>
        <location filename="../../ui/publication/confidentiality_dialog.py" line="40"/>
        <source>不予公开的内容(&amp;T)：
（每行一项，按原文）</source>
        <translation>Content not &amp;to publish:
(one item per line, as in the text)</translation>
    </message>
    <message>
        <location filename="../../ui/publication/confidentiality_dialog.py" line="44"/>
        <source>不予公开的金额(&amp;A)：
（每行一项，如 50万元）</source>
        <translation>&amp;Amounts not to publish:
(one per line, as the ruling writes them)</translation>
    </message>
    <message>
        <location filename="../../ui/publication/confidentiality_dialog.py" line="48"/>
        <source>理由或备注(&amp;N)：</source>
        <translation>Reason or &amp;notes:</translation>
    </message>
</context>
<context>
    <name>ConflictDialog</name>
    <message>
        <location filename="../../ui/sync/conflict_dialog.py" line="69"/>
        <source>处理冲突</source>
        <translation>Decide a conflict</translation>
    </message>
    <message>
        <location filename="../../ui/sync/conflict_dialog.py" line="71"/>
        <source>（新记录）</source>
        <translation>(new record)</translation>
    </message>
    <message>
        <location filename="../../ui/sync/conflict_dialog.py" line="72"/>
        <source>笔记本“%1”上 %2 于 %3 的操作：%4（%5）</source>
        <translation>Operation on laptop &quot;%1&quot; by %2 at %3: %4 (%5)</translation>
    </message>
    <message>
        <location filename="../../ui/sync/conflict_dialog.py" line="78"/>
        <source>未执行的原因：</source>
        <translation>Why it was not applied:</translation>
    </message>
    <message>
        <location filename="../../ui/sync/conflict_dialog.py" line="87"/>
        <source>单位数据库现状</source>
        <translation>The office database now</translation>
    </message>
    <message>
        <location filename="../../ui/sync/conflict_dialog.py" line="89"/>
        <source>笔记本上的操作</source>
        <translation>The laptop&apos;s operation</translation>
    </message>
    <message>
        <location filename="../../ui/sync/conflict_dialog.py" line="105"/>
        <source>处理方式：</source>
        <translation>Decision:</translation>
    </message>
    <message>
        <location filename="../../ui/sync/conflict_dialog.py" line="107"/>
        <source>修改后执行的内容</source>
        <translation>What to apply, as edited</translation>
    </message>
    <message>
        <location filename="../../ui/sync/conflict_dialog.py" line="125"/>
        <source>处理理由(&amp;R)：</source>
        <translation>&amp;Reason:</translation>
    </message>
    <message>
        <location filename="../../ui/sync/conflict_dialog.py" line="127"/>
        <source>舍弃时必须说明理由；执行时可说明为何不再等待</source>
        <translation>A reason is required to drop; when applying you may say why it need not wait</translation>
    </message>
    <message>
        <location filename="../../ui/sync/conflict_dialog.py" line="146"/>
        <source>（此操作不涉及单位已有的记录）</source>
        <translation>(this operation touches no record the office already has)</translation>
    </message>
    <message>
        <location filename="../../ui/sync/conflict_dialog.py" line="148"/>
        <source>该记录在单位数据库中已不存在。</source>
        <translation>The record no longer exists in the office database.</translation>
    </message>
    <message>
        <location filename="../../ui/sync/conflict_dialog.py" line="150"/>
        <source>编号：%1</source>
        <translation>Number: %1</translation>
    </message>
    <message>
        <location filename="../../ui/sync/conflict_dialog.py" line="151"/>
        <source>状态：%1</source>
        <translation>State: %1</translation>
    </message>
    <message>
        <location filename="../../ui/sync/conflict_dialog.py" line="154"/>
        <source>版本：检出后为 %1，现为 %2</source>
        <translation>Version: %1 after check-out, %2 now</translation>
    </message>
    <message>
        <location filename="../../ui/sync/conflict_dialog.py" line="157"/>
        <source>检出后单位所作的变动：</source>
        <translation>Changes made at the office since check-out:</translation>
    </message>
    <message>
        <location filename="../../ui/sync/conflict_dialog.py" line="157"/>
        <source>检出后单位没有变动。</source>
        <translation>No change at the office since check-out.</translation>
    </message>
    <message>
        <location filename="../../ui/sync/conflict_dialog.py" line="166"/>
        <source>操作：%1</source>
        <translation>Operation: %1</translation>
    </message>
    <message>
        <location filename="../../ui/sync/conflict_dialog.py" line="167"/>
        <source>时间：%1（%2）</source>
        <translation>Time: %1 (%2)</translation>
    </message>
    <message>
        <location filename="../../ui/sync/conflict_dialog.py" line="168"/>
        <source>填写的内容：</source>
        <translation>Inputs:</translation>
    </message>
    <message>
        <location filename="../../ui/sync/conflict_dialog.py" line="174"/>
        <source>笔记本当时看到的版本：</source>
        <translation>Versions the laptop saw:</translation>
    </message>
</context>
<context>
    <name>CorrectionDecisionDialog</name>
    <message>
        <location filename="../../ui/cases/correction_dialog.py" line="96"/>
        <source>审批当事人信息更正</source>
        <translation>Approve a correction of party details</translation>
    </message>
    <message>
        <location filename="../../ui/cases/correction_dialog.py" line="104"/>
        <source>批准(&amp;Y)</source>
        <translation>Approve (&amp;Y)</translation>
    </message>
    <message>
        <location filename="../../ui/cases/correction_dialog.py" line="107"/>
        <source>不予批准(&amp;N)</source>
        <translation>&amp;Not approved</translation>
    </message>
    <message>
        <location filename="../../ui/cases/correction_dialog.py" line="109"/>
        <source>决定：</source>
        <translation>Decision:</translation>
    </message>
    <message>
        <location filename="../../ui/cases/correction_dialog.py" line="111"/>
        <source>意见(&amp;O)：</source>
        <translation>&amp;Opinion:</translation>
    </message>
</context>
<context>
    <name>CorrectionsBox</name>
    <message>
        <location filename="../../ui/cases/corrections_box.py" line="39"/>
        <source>当事人信息更正（立案后，须经部门负责人批准）</source>
        <translation>Correction of party details (after registration, needs the department head&apos;s approval)</translation>
    </message>
    <message>
        <location filename="../../ui/cases/corrections_box.py" line="43"/>
        <source>更正当事人信息(&amp;U)…</source>
        <translation>Correct party details… (&amp;U)</translation>
    </message>
    <message>
        <location filename="../../ui/cases/corrections_box.py" line="46"/>
        <source>审批更正(&amp;D)…</source>
        <translation>&amp;Decide the correction…</translation>
    </message>
    <message>
        <location filename="../../ui/cases/corrections_box.py" line="54"/>
        <source>当事人</source>
        <translation>Party</translation>
    </message>
    <message>
        <location filename="../../ui/cases/corrections_box.py" line="54"/>
        <source>更正内容</source>
        <translation>Correction</translation>
    </message>
    <message>
        <location filename="../../ui/cases/corrections_box.py" line="54"/>
        <source>理由</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location filename="../../ui/cases/corrections_box.py" line="54"/>
        <source>状态</source>
        <translation>State</translation>
    </message>
    <message>
        <location filename="../../ui/cases/corrections_box.py" line="55"/>
        <source>报请人</source>
        <translation>Submitted by</translation>
    </message>
    <message>
        <location filename="../../ui/cases/corrections_box.py" line="55"/>
        <source>审批</source>
        <translation>Approval</translation>
    </message>
</context>
<context>
    <name>Cover</name>
    <message>
        <location filename="../../ui/shell/idle_lock.py" line="100"/>
        <source>已锁定</source>
        <translation>Locked</translation>
    </message>
</context>
<context>
    <name>CreditRegisterView</name>
    <message>
        <location filename="../../ui/credit/section.py" line="39"/>
        <source>专利领域严重失信主体名单：认定 → 告知并听取陈述申辩 → 报部门负责人批准列入 → 期满移出，或经当事人申请信用修复后提前移出。各步骤期限见“下一步/期限”，按本机关设置计算。</source>
        <translation>List of seriously untrustworthy parties in the patent field: identification → notice and hearing of the party&apos;s statement → listing approved by the department head → removal when the period ends, or earlier after credit repair on the party&apos;s application. Each step&apos;s deadline is under &quot;Next step/deadline&quot;, computed by this office&apos;s settings.</translation>
    </message>
    <message>
        <location filename="../../ui/credit/section.py" line="46"/>
        <source>全部状态</source>
        <translation>All states</translation>
    </message>
    <message>
        <location filename="../../ui/credit/section.py" line="51"/>
        <source>名称或统一社会信用代码</source>
        <translation>Name or unified social credit code</translation>
    </message>
    <message>
        <location filename="../../ui/credit/section.py" line="52"/>
        <source>导出 Excel(&amp;X)…</source>
        <translation>Export to E&amp;xcel…</translation>
    </message>
    <message>
        <location filename="../../ui/credit/section.py" line="54"/>
        <source>期限设置(&amp;S)…</source>
        <translation>Period &amp;settings…</translation>
    </message>
    <message>
        <location filename="../../ui/credit/section.py" line="57"/>
        <source>状态：</source>
        <translation>State:</translation>
    </message>
    <message>
        <location filename="../../ui/credit/section.py" line="62"/>
        <source>当事人</source>
        <translation>Party</translation>
    </message>
    <message>
        <location filename="../../ui/credit/section.py" line="62"/>
        <source>统一社会信用代码/证件号</source>
        <translation>Credit code/ID number</translation>
    </message>
    <message>
        <location filename="../../ui/credit/section.py" line="62"/>
        <source>失信行为</source>
        <translation>Untrustworthy conduct</translation>
    </message>
    <message>
        <location filename="../../ui/credit/section.py" line="63"/>
        <source>状态</source>
        <translation>State</translation>
    </message>
    <message>
        <location filename="../../ui/credit/section.py" line="63"/>
        <source>依据案号</source>
        <translation>Based on case</translation>
    </message>
    <message>
        <location filename="../../ui/credit/section.py" line="63"/>
        <source>认定日期</source>
        <translation>Date identified</translation>
    </message>
    <message>
        <location filename="../../ui/credit/section.py" line="63"/>
        <source>列入日期</source>
        <translation>Date listed</translation>
    </message>
    <message>
        <location filename="../../ui/credit/section.py" line="64"/>
        <source>期满日期</source>
        <translation>End date</translation>
    </message>
    <message>
        <location filename="../../ui/credit/section.py" line="64"/>
        <source>下一步</source>
        <translation>Next step</translation>
    </message>
    <message>
        <location filename="../../ui/credit/section.py" line="64"/>
        <source>期限</source>
        <translation>Deadline</translation>
    </message>
    <message>
        <location filename="../../ui/credit/section.py" line="64"/>
        <source>移出</source>
        <translation>Removal</translation>
    </message>
    <message>
        <location filename="../../ui/credit/section.py" line="69"/>
        <source>告知书送达(&amp;N)…</source>
        <translation>&amp;Notice served…</translation>
    </message>
    <message>
        <location filename="../../ui/credit/section.py" line="69"/>
        <source>陈述申辩(&amp;T)…</source>
        <translation>Statemen&amp;t of views…</translation>
    </message>
    <message>
        <location filename="../../ui/credit/section.py" line="70"/>
        <source>报请列入(&amp;P)…</source>
        <translation>Submit for listing… (&amp;P)</translation>
    </message>
    <message>
        <location filename="../../ui/credit/section.py" line="70"/>
        <source>审批列入(&amp;D)…</source>
        <translation>&amp;Decide on listing…</translation>
    </message>
    <message>
        <location filename="../../ui/credit/section.py" line="71"/>
        <source>期满移出(&amp;R)…</source>
        <translation>&amp;Remove at the end of the period…</translation>
    </message>
    <message>
        <location filename="../../ui/credit/section.py" line="71"/>
        <source>信用修复申请(&amp;A)…</source>
        <translation>Credit repair &amp;application…</translation>
    </message>
    <message>
        <location filename="../../ui/credit/section.py" line="72"/>
        <source>信用修复决定(&amp;F)…</source>
        <translation>Credit repair decision… (&amp;F)</translation>
    </message>
    <message>
        <location filename="../../ui/credit/section.py" line="78"/>
        <source>打开案件(&amp;O)</source>
        <translation>&amp;Open case</translation>
    </message>
    <message>
        <location filename="../../ui/credit/section.py" line="145"/>
        <location filename="../../ui/credit/section.py" line="158"/>
        <source>导出失信名单</source>
        <translation>Export the credit blacklist</translation>
    </message>
    <message>
        <location filename="../../ui/credit/section.py" line="145"/>
        <source>失信名单</source>
        <translation>Credit blacklist</translation>
    </message>
    <message>
        <location filename="../../ui/credit/section.py" line="147"/>
        <source>Excel 工作簿 (*.xlsx)</source>
        <translation>Excel workbook (*.xlsx)</translation>
    </message>
</context>
<context>
    <name>CreditSettingsDialog</name>
    <message>
        <location filename="../../ui/credit/settings_dialog.py" line="17"/>
        <source>陈述申辩期限（工作日）(&amp;S)：</source>
        <translation>Time to &amp;state views (working days):</translation>
    </message>
    <message>
        <location filename="../../ui/credit/settings_dialog.py" line="18"/>
        <source>报请列入期限（工作日）(&amp;P)：</source>
        <translation>Time to &amp;propose listing (working days):</translation>
    </message>
    <message>
        <location filename="../../ui/credit/settings_dialog.py" line="19"/>
        <source>列入期限（年）(&amp;Y)：</source>
        <translation>Listing period (&amp;years):</translation>
    </message>
    <message>
        <location filename="../../ui/credit/settings_dialog.py" line="20"/>
        <source>列入满几个月可申请信用修复(&amp;M)：</source>
        <translation>&amp;Months listed before credit repair may be applied for:</translation>
    </message>
    <message>
        <location filename="../../ui/credit/settings_dialog.py" line="21"/>
        <source>信用修复决定期限（工作日）(&amp;D)：</source>
        <translation>Time to &amp;decide on credit repair (working days):</translation>
    </message>
    <message>
        <location filename="../../ui/credit/settings_dialog.py" line="32"/>
        <location filename="../../ui/credit/settings_dialog.py" line="56"/>
        <source>失信名单期限设置</source>
        <translation>Credit list periods</translation>
    </message>
    <message>
        <location filename="../../ui/credit/settings_dialog.py" line="33"/>
        <source>各期限按本机关执行的规定填写；已列入的主体仍按列入时计算的期满日期移出。</source>
        <translation>Enter each period as the rules this office applies; parties already listed are still removed on the end date computed when they were listed.</translation>
    </message>
</context>
<context>
    <name>DashboardView</name>
    <message>
        <location filename="../../ui/workbench/section.py" line="61"/>
        <source>我的期限</source>
        <translation>My deadlines</translation>
    </message>
    <message>
        <location filename="../../ui/workbench/section.py" line="69"/>
        <source>&lt;span style=&quot;background:#ffcdd2;color:#b71c1c&quot;&gt;&amp;nbsp;已逾期&amp;nbsp;&lt;/span&gt;&amp;nbsp;&lt;span style=&quot;background:#ffe082;color:#5d4000&quot;&gt;&amp;nbsp;3 个工作日内到期&amp;nbsp;&lt;/span&gt;&amp;nbsp;&amp;nbsp;（暂定）= 该年节假日尚未录入</source>
        <translation>&lt;span style=&quot;background:#ffcdd2;color:#b71c1c&quot;&gt;&amp;nbsp;Overdue&amp;nbsp;&lt;/span&gt;&amp;nbsp;&lt;span style=&quot;background:#ffe082;color:#5d4000&quot;&gt;&amp;nbsp;Due within 3 working days&amp;nbsp;&lt;/span&gt;&amp;nbsp;&amp;nbsp;(provisional) = that year&apos;s holidays not yet entered</translation>
    </message>
    <message>
        <location filename="../../ui/workbench/section.py" line="73"/>
        <source>显示所有人的期限(&amp;E)</source>
        <translation>Show &amp;everyone&apos;s deadlines</translation>
    </message>
    <message>
        <location filename="../../ui/workbench/section.py" line="106"/>
        <source>待我审批</source>
        <translation>Awaiting my approval</translation>
    </message>
    <message>
        <location filename="../../ui/workbench/section.py" line="106"/>
        <source>我提交的待审批事项</source>
        <translation>My submissions awaiting approval</translation>
    </message>
    <message>
        <location filename="../../ui/workbench/section.py" line="133"/>
        <source>选择一项，在此查看全部内容</source>
        <translation>Choose an item to see its whole content here</translation>
    </message>
    <message>
        <location filename="../../ui/workbench/section.py" line="140"/>
        <source>审批(&amp;A)…</source>
        <translation>&amp;Approve…</translation>
    </message>
    <message>
        <location filename="../../ui/workbench/section.py" line="140"/>
        <source>审核(&amp;A)…</source>
        <translation>Review… (&amp;A)</translation>
    </message>
    <message>
        <location filename="../../ui/workbench/section.py" line="144"/>
        <source>打开案件(&amp;O)</source>
        <translation>&amp;Open case</translation>
    </message>
    <message>
        <location filename="../../ui/workbench/section.py" line="183"/>
        <source>共 %1 项，已逾期 %2 项，即将到期 %3 项</source>
        <translation>%1 items, %2 overdue, %3 due soon</translation>
    </message>
    <message>
        <location filename="../../ui/workbench/section.py" line="201"/>
        <source>待我审批 %1 项</source>
        <translation>%1 awaiting my approval</translation>
    </message>
    <message>
        <location filename="../../ui/workbench/section.py" line="203"/>
        <source>（另有 %1 项我已审核，待部门负责人审批）</source>
        <translation>(%1 more I have reviewed, awaiting the department head&apos;s approval)</translation>
    </message>
    <message>
        <location filename="../../ui/workbench/section.py" line="206"/>
        <source>我提交的待审批事项 %1 项</source>
        <translation>%1 of my submissions awaiting approval</translation>
    </message>
    <message>
        <location filename="../../ui/workbench/section.py" line="214"/>
        <source>审批事项</source>
        <translation>Matter for approval</translation>
    </message>
    <message>
        <location filename="../../ui/workbench/section.py" line="215"/>
        <source>案号</source>
        <translation>Case number</translation>
    </message>
    <message>
        <location filename="../../ui/workbench/section.py" line="215"/>
        <source>未立案</source>
        <translation>Not registered</translation>
    </message>
    <message>
        <location filename="../../ui/workbench/section.py" line="215"/>
        <source>当事人</source>
        <translation>Party</translation>
    </message>
    <message>
        <location filename="../../ui/workbench/section.py" line="216"/>
        <source>专利号</source>
        <translation>Patent number</translation>
    </message>
    <message>
        <location filename="../../ui/workbench/section.py" line="217"/>
        <source>提请人</source>
        <translation>Submitted by</translation>
    </message>
    <message>
        <location filename="../../ui/workbench/section.py" line="218"/>
        <source>审核状态</source>
        <translation>Review state</translation>
    </message>
    <message>
        <location filename="../../ui/workbench/section.py" line="218"/>
        <source>处(科)室审核意见</source>
        <translation>Section review opinion</translation>
    </message>
</context>
<context>
    <name>DateRange</name>
    <message>
        <location filename="../../ui/common/date_range.py" line="30"/>
        <source>至</source>
        <translation>to</translation>
    </message>
</context>
<context>
    <name>DeadlineSettingsPage</name>
    <message>
        <location filename="../../ui/admin/deadline_rules_tab.py" line="35"/>
        <source>立案审查期限</source>
        <translation>Registration review period</translation>
    </message>
    <message>
        <location filename="../../ui/admin/deadline_rules_tab.py" line="35"/>
        <location filename="../../ui/admin/deadline_rules_tab.py" line="36"/>
        <location filename="../../ui/admin/deadline_rules_tab.py" line="37"/>
        <location filename="../../ui/admin/deadline_rules_tab.py" line="40"/>
        <location filename="../../ui/admin/deadline_rules_tab.py" line="41"/>
        <location filename="../../ui/admin/deadline_rules_tab.py" line="44"/>
        <location filename="../../ui/admin/deadline_rules_tab.py" line="46"/>
        <source>个工作日</source>
        <translation>working days</translation>
    </message>
    <message>
        <location filename="../../ui/admin/deadline_rules_tab.py" line="36"/>
        <source>立案审查期限可延长</source>
        <translation>The registration review period can be extended</translation>
    </message>
    <message>
        <location filename="../../ui/admin/deadline_rules_tab.py" line="37"/>
        <source>送达请求书副本</source>
        <translation>Serve a copy of the request</translation>
    </message>
    <message>
        <location filename="../../ui/admin/deadline_rules_tab.py" line="38"/>
        <source>答辩期</source>
        <translation>Answer period</translation>
    </message>
    <message>
        <location filename="../../ui/admin/deadline_rules_tab.py" line="38"/>
        <location filename="../../ui/admin/deadline_rules_tab.py" line="39"/>
        <location filename="../../ui/admin/deadline_rules_tab.py" line="42"/>
        <location filename="../../ui/admin/deadline_rules_tab.py" line="45"/>
        <source>日</source>
        <translation>Day</translation>
    </message>
    <message>
        <location filename="../../ui/admin/deadline_rules_tab.py" line="39"/>
        <source>答辩期（在中国境内无住所）</source>
        <translation>Answer period (no domicile in China)</translation>
    </message>
    <message>
        <location filename="../../ui/admin/deadline_rules_tab.py" line="40"/>
        <source>转送答辩书副本</source>
        <translation>Forward a copy of the answer</translation>
    </message>
    <message>
        <location filename="../../ui/admin/deadline_rules_tab.py" line="41"/>
        <source>申请回避期限</source>
        <translation>Time limit for a recusal application</translation>
    </message>
    <message>
        <location filename="../../ui/admin/deadline_rules_tab.py" line="42"/>
        <source>举证期限（不少于15日）</source>
        <translation>Time limit for evidence (at least 15 days)</translation>
    </message>
    <message>
        <location filename="../../ui/admin/deadline_rules_tab.py" line="43"/>
        <source>结案期限</source>
        <translation>Closing limit</translation>
    </message>
    <message>
        <location filename="../../ui/admin/deadline_rules_tab.py" line="43"/>
        <source>个月</source>
        <translation>months</translation>
    </message>
    <message>
        <location filename="../../ui/admin/deadline_rules_tab.py" line="44"/>
        <source>裁决公开期限</source>
        <translation>Time limit to publish the ruling</translation>
    </message>
    <message>
        <location filename="../../ui/admin/deadline_rules_tab.py" line="45"/>
        <source>起诉期限</source>
        <translation>Time limit to sue</translation>
    </message>
    <message>
        <location filename="../../ui/admin/deadline_rules_tab.py" line="46"/>
        <source>口头审理通知至少提前</source>
        <translation>Serve hearing notices at least</translation>
    </message>
    <message>
        <location filename="../../ui/admin/deadline_rules_tab.py" line="46"/>
        <source>M25 第二十六条；〔暂定解释〕</source>
        <translation>M25 art. 26; [provisional interpretation]</translation>
    </message>
    <message>
        <location filename="../../ui/admin/deadline_rules_tab.py" line="47"/>
        <source>补正后立案审查期限自收到补正材料起重新计算</source>
        <translation>After completion, the registration review period restarts from receipt of the completing materials</translation>
    </message>
    <message>
        <location filename="../../ui/admin/deadline_rules_tab.py" line="48"/>
        <source>M25 第十六条未规定；〔暂定解释〕</source>
        <translation>Not provided by M25 art. 16; [provisional interpretation]</translation>
    </message>
    <message>
        <location filename="../../ui/admin/deadline_rules_tab.py" line="58"/>
        <source>修改后，所有未结案件的期限将按新规则重新计算。标注“暂定解释”的项目是法规未明确、由本机关确定的做法。</source>
        <translation>After a change, the deadlines of every open case are recalculated by the new rules. Items marked &quot;provisional interpretation&quot; are practices this office set where the regulations are silent.</translation>
    </message>
    <message>
        <location filename="../../ui/admin/deadline_rules_tab.py" line="68"/>
        <source>〔暂定解释〕</source>
        <translation>[provisional interpretation]</translation>
    </message>
    <message>
        <location filename="../../ui/admin/deadline_rules_tab.py" line="86"/>
        <source>保存并重新计算(&amp;V)</source>
        <translation>Sa&amp;ve and recalculate</translation>
    </message>
    <message>
        <location filename="../../ui/admin/deadline_rules_tab.py" line="88"/>
        <source>恢复默认值(&amp;D)</source>
        <translation>Restore &amp;defaults</translation>
    </message>
    <message>
        <location filename="../../ui/admin/deadline_rules_tab.py" line="124"/>
        <source>期限规则已被他人修改</source>
        <translation>The deadline rules were changed by someone else</translation>
    </message>
    <message>
        <location filename="../../ui/admin/deadline_rules_tab.py" line="131"/>
        <source>期限规则</source>
        <translation>Deadline rules</translation>
    </message>
    <message>
        <location filename="../../ui/admin/deadline_rules_tab.py" line="131"/>
        <source>已保存。已重新计算 %1 件案件的期限，其中 %2 个期限发生变化。</source>
        <translation>Saved. The deadlines of %1 cases were recalculated; %2 deadlines changed.</translation>
    </message>
</context>
<context>
    <name>DeadlineTableModel</name>
    <message>
        <location filename="../../ui/common/deadline_model.py" line="120"/>
        <source>到期日</source>
        <translation>Due date</translation>
    </message>
    <message>
        <location filename="../../ui/common/deadline_model.py" line="123"/>
        <source>剩余</source>
        <translation>Remaining</translation>
    </message>
    <message>
        <location filename="../../ui/common/deadline_model.py" line="125"/>
        <source>期限</source>
        <translation>Deadline</translation>
    </message>
    <message>
        <location filename="../../ui/common/deadline_model.py" line="127"/>
        <source>案号</source>
        <translation>Case number</translation>
    </message>
    <message>
        <location filename="../../ui/common/deadline_model.py" line="130"/>
        <source>专利号</source>
        <translation>Patent number</translation>
    </message>
    <message>
        <location filename="../../ui/common/deadline_model.py" line="132"/>
        <source>当事人</source>
        <translation>Party</translation>
    </message>
    <message>
        <location filename="../../ui/common/deadline_model.py" line="134"/>
        <source>承办人</source>
        <translation>Officer in charge</translation>
    </message>
    <message>
        <location filename="../../ui/common/deadline_model.py" line="136"/>
        <source>起算日</source>
        <translation>Start date</translation>
    </message>
    <message>
        <location filename="../../ui/common/deadline_model.py" line="138"/>
        <source>状态</source>
        <translation>State</translation>
    </message>
    <message>
        <location filename="../../ui/common/deadline_model.py" line="140"/>
        <source>计算依据</source>
        <translation>Basis of calculation</translation>
    </message>
</context>
<context>
    <name>DecidePostponementDialog</name>
    <message>
        <location filename="../../ui/hearings/forms.py" line="102"/>
        <source>合议组决定延期申请</source>
        <translation>Postponement request decided by the panel</translation>
    </message>
    <message>
        <location filename="../../ui/hearings/forms.py" line="104"/>
        <source>（逾期提出）</source>
        <translation>(raised late)</translation>
    </message>
    <message>
        <location filename="../../ui/hearings/forms.py" line="105"/>
        <source>申请人</source>
        <translation>Applicant</translation>
    </message>
    <message>
        <location filename="../../ui/hearings/forms.py" line="106"/>
        <source>申请理由</source>
        <translation>Reasons for the application</translation>
    </message>
    <message>
        <location filename="../../ui/hearings/forms.py" line="107"/>
        <source>准予延期，重新安排口审(&amp;G)</source>
        <translation>&amp;Grant postponement and reschedule the hearing</translation>
    </message>
    <message>
        <location filename="../../ui/hearings/forms.py" line="108"/>
        <source>不予延期(&amp;F)</source>
        <translation>Re&amp;fuse extension</translation>
    </message>
    <message>
        <location filename="../../ui/hearings/forms.py" line="112"/>
        <source>决定理由(&amp;R)</source>
        <translation>&amp;Reasons for the decision</translation>
    </message>
    <message>
        <location filename="../../ui/hearings/forms.py" line="118"/>
        <source>必须填写</source>
        <translation>Required</translation>
    </message>
</context>
<context>
    <name>DocumentDialog</name>
    <message>
        <location filename="../../ui/documents/document_dialog.py" line="67"/>
        <source>文书 — %1</source>
        <translation>Documents — %1</translation>
    </message>
    <message>
        <location filename="../../ui/documents/document_dialog.py" line="67"/>
        <source>未立案</source>
        <translation>Not registered</translation>
    </message>
    <message>
        <location filename="../../ui/documents/document_dialog.py" line="77"/>
        <source>文书(&amp;T)：</source>
        <translation>Documen&amp;t:</translation>
    </message>
    <message>
        <location filename="../../ui/documents/document_dialog.py" line="80"/>
        <source>受送达人(&amp;R)：</source>
        <translation>Add&amp;ressee:</translation>
    </message>
    <message>
        <location filename="../../ui/documents/document_dialog.py" line="83"/>
        <source>所涉文书(&amp;J)：</source>
        <translation>Document concerned: (&amp;J)</translation>
    </message>
    <message>
        <location filename="../../ui/documents/document_dialog.py" line="92"/>
        <source>签发人(&amp;S)：</source>
        <translation>&amp;Signatory:</translation>
    </message>
    <message>
        <location filename="../../ui/documents/document_dialog.py" line="97"/>
        <source>更正 %1：签发后原文书作废，新文书载明所更正的文号。</source>
        <translation>Correct %1: once issued, the original document is void and the new one states the number it corrects.</translation>
    </message>
    <message>
        <location filename="../../ui/documents/document_dialog.py" line="101"/>
        <source>机关、案号、当事人、专利、合议组、日期、期限和法律依据由系统自动填入；请只填写下面需要您撰写的内容。</source>
        <translation>The office, case number, parties, patent, panel, dates, deadlines and legal basis are filled in by the system; write only what is asked below.</translation>
    </message>
    <message>
        <location filename="../../ui/documents/document_dialog.py" line="112"/>
        <source>预览(&amp;P)</source>
        <translation>&amp;Preview</translation>
    </message>
    <message>
        <location filename="../../ui/documents/document_dialog.py" line="113"/>
        <source>签发(&amp;I)</source>
        <translation>&amp;Issue</translation>
    </message>
    <message>
        <location filename="../../ui/documents/document_dialog.py" line="157"/>
        <source>文书已印有“%1”，请直接写其后的内容</source>
        <translation>The document already prints &quot;%1&quot;; write only what follows</translation>
    </message>
    <message>
        <location filename="../../ui/documents/document_dialog.py" line="161"/>
        <source>（选填）</source>
        <translation>(optional)</translation>
    </message>
    <message>
        <location filename="../../ui/documents/document_dialog.py" line="165"/>
        <source>本文书的内容全部由系统根据案件信息生成，无需填写。</source>
        <translation>This document is generated entirely from the case record; nothing to fill in.</translation>
    </message>
    <message>
        <location filename="../../ui/documents/document_dialog.py" line="200"/>
        <source>正在读取…</source>
        <translation>Reading…</translation>
    </message>
    <message>
        <location filename="../../ui/documents/document_dialog.py" line="214"/>
        <source>本文书执行已批准的决定，签发人为审批的部门负责人。</source>
        <translation>This document carries out an approved decision; its signatory is the approving department head.</translation>
    </message>
    <message>
        <location filename="../../ui/documents/document_dialog.py" line="216"/>
        <source>（请选择）</source>
        <translation>(please choose)</translation>
    </message>
    <message>
        <location filename="../../ui/documents/document_dialog.py" line="222"/>
        <source>签发人是批准签发的部门负责人；您作为制作人记录。</source>
        <translation>The signatory is the department head approving the issue; you are recorded as the drafter.</translation>
    </message>
    <message>
        <location filename="../../ui/documents/document_dialog.py" line="223"/>
        <source>本机关没有可作为签发人的部门负责人账户。</source>
        <translation>This office has no department head account that can sign.</translation>
    </message>
    <message>
        <location filename="../../ui/documents/document_dialog.py" line="253"/>
        <source>预览：%1</source>
        <translation>Preview: %1</translation>
    </message>
    <message>
        <location filename="../../ui/documents/document_dialog.py" line="254"/>
        <source>草稿预览：文号在签发时编定，签发前内容仍可修改。</source>
        <translation>Draft preview: the document number is assigned on issue; until then the content can still change.</translation>
    </message>
    <message>
        <location filename="../../ui/documents/document_dialog.py" line="274"/>
        <source>签发文书</source>
        <translation>Issue document</translation>
    </message>
    <message>
        <location filename="../../ui/documents/document_dialog.py" line="275"/>
        <source>签发后文书编号并存档，内容不能再修改（如有错误须另行更正）。确定签发“%1”吗？</source>
        <translation>Once issued, the document is numbered and filed and its content can no longer change (errors need a separate correction). Issue &quot;%1&quot;?</translation>
    </message>
</context>
<context>
    <name>DocumentsSettingsPage</name>
    <message>
        <location filename="../../ui/documents/settings_tab.py" line="40"/>
        <source>标题（方正小标宋简体）</source>
        <translation>Title (FZ Xiaobiaosong)</translation>
    </message>
    <message>
        <location filename="../../ui/documents/settings_tab.py" line="41"/>
        <source>正文（仿宋_GB2312）</source>
        <translation>Body text (FangSong GB2312)</translation>
    </message>
    <message>
        <location filename="../../ui/documents/settings_tab.py" line="42"/>
        <source>一级标题（黑体）</source>
        <translation>Level-1 heading (Hei)</translation>
    </message>
    <message>
        <location filename="../../ui/documents/settings_tab.py" line="43"/>
        <source>二级标题（楷体_GB2312）</source>
        <translation>Level-2 heading (Kai GB2312)</translation>
    </message>
    <message>
        <location filename="../../ui/documents/settings_tab.py" line="44"/>
        <source>页码、表格（宋体）</source>
        <translation>Page numbers, tables (Song)</translation>
    </message>
    <message>
        <location filename="../../ui/documents/settings_tab.py" line="54"/>
        <source>公告送达视为送达的期间：</source>
        <translation>Service by public notice deemed made after:</translation>
    </message>
    <message>
        <location filename="../../ui/documents/settings_tab.py" line="58"/>
        <source> 日</source>
        <translation> days</translation>
    </message>
    <message>
        <location filename="../../ui/documents/settings_tab.py" line="61"/>
        <source>公告发出之日起经过此期间，即视为送达（民事诉讼法第九十五条为30日，原办案指南为60日）</source>
        <translation>Service is deemed made when this period has passed since the notice was published (Civil Procedure Law art. 95: 30 days; the former handling guide: 60 days)</translation>
    </message>
    <message>
        <location filename="../../ui/documents/settings_tab.py" line="65"/>
        <source>文号格式（每类文书每年单独连续编号；占位符 {机关简称}、{YYYY}、{n}）：</source>
        <translation>Document number format (each document type numbered separately each year; placeholders {机关简称}, {YYYY}, {n}):</translation>
    </message>
    <message>
        <location filename="../../ui/documents/settings_tab.py" line="68"/>
        <location filename="../../ui/documents/settings_tab.py" line="171"/>
        <source>文书</source>
        <translation>Documents</translation>
    </message>
    <message>
        <location filename="../../ui/documents/settings_tab.py" line="68"/>
        <source>文号格式</source>
        <translation>Document number format</translation>
    </message>
    <message>
        <location filename="../../ui/documents/settings_tab.py" line="73"/>
        <source>文书字体（本机未安装公文字体时使用的替代字体文件，留空则自动选择）</source>
        <translation>Document fonts (substitute font files used when the official fonts are not installed on this machine; leave empty to choose automatically)</translation>
    </message>
    <message>
        <location filename="../../ui/documents/settings_tab.py" line="79"/>
        <source>自动：已安装的公文字体，否则内置字体</source>
        <translation>Automatic: the official fonts if installed, else the built-in fonts</translation>
    </message>
    <message>
        <location filename="../../ui/documents/settings_tab.py" line="80"/>
        <source>浏览…</source>
        <translation>Browse…</translation>
    </message>
    <message>
        <location filename="../../ui/documents/settings_tab.py" line="88"/>
        <source>行政裁决书</source>
        <translation>Administrative ruling</translation>
    </message>
    <message>
        <location filename="../../ui/documents/settings_tab.py" line="90"/>
        <source>裁决书另行编写文号（不勾选时，以案号作为裁决书的编号）</source>
        <translation>Give the ruling its own document number (unticked: the case number is the ruling&apos;s number)</translation>
    </message>
    <message>
        <location filename="../../ui/documents/settings_tab.py" line="92"/>
        <source>当事人信息中载明统一社会信用代码、居民身份证号码（公开的裁决书通常不载明）</source>
        <translation>Party details show the unified social credit code and resident ID number (a published ruling usually does not)</translation>
    </message>
    <message>
        <location filename="../../ui/documents/settings_tab.py" line="96"/>
        <source>例如：宁波市中级人民法院、上海知识产权法院；留空则写“人民法院”</source>
        <translation>For example: Ningbo Intermediate People&apos;s Court, Shanghai Intellectual Property Court; leave empty for &quot;people&apos;s court&quot;</translation>
    </message>
    <message>
        <location filename="../../ui/documents/settings_tab.py" line="97"/>
        <source>编号：</source>
        <translation>Number:</translation>
    </message>
    <message>
        <location filename="../../ui/documents/settings_tab.py" line="98"/>
        <source>当事人：</source>
        <translation>Parties:</translation>
    </message>
    <message>
        <location filename="../../ui/documents/settings_tab.py" line="99"/>
        <source>行政诉讼管辖法院：</source>
        <translation>Court competent for an administrative suit:</translation>
    </message>
    <message>
        <location filename="../../ui/documents/settings_tab.py" line="109"/>
        <source>保存(&amp;V)</source>
        <translation>Sa&amp;ve</translation>
    </message>
    <message>
        <location filename="../../ui/documents/settings_tab.py" line="111"/>
        <source>打开本机关模板文件夹(&amp;T)</source>
        <translation>Open this office&apos;s &amp;template folder</translation>
    </message>
    <message>
        <location filename="../../ui/documents/settings_tab.py" line="113"/>
        <source>在此文件夹中放入与 resources/templates 同名的模板文件，即可修改文书的措辞或版头，无需改动程序。</source>
        <translation>Put template files with the same names as in resources/templates into this folder to change a document&apos;s wording or letterhead without changing the program.</translation>
    </message>
    <message>
        <location filename="../../ui/documents/settings_tab.py" line="153"/>
        <source>选择字体文件</source>
        <translation>Choose a font file</translation>
    </message>
    <message>
        <location filename="../../ui/documents/settings_tab.py" line="154"/>
        <source>TrueType 字体 (*.ttf *.ttc *.TTF *.TTC)</source>
        <translation>TrueType font (*.ttf *.ttc *.TTF *.TTC)</translation>
    </message>
    <message>
        <location filename="../../ui/documents/settings_tab.py" line="164"/>
        <source>文书设置已被他人修改</source>
        <translation>The document settings were changed by someone else</translation>
    </message>
    <message>
        <location filename="../../ui/documents/settings_tab.py" line="171"/>
        <source>已保存。</source>
        <translation>Saved.</translation>
    </message>
</context>
<context>
    <name>DocumentsTab</name>
    <message>
        <location filename="../../ui/documents/case_tab.py" line="61"/>
        <source>新建文书(&amp;N)…</source>
        <translation>&amp;New document…</translation>
    </message>
    <message>
        <location filename="../../ui/documents/case_tab.py" line="63"/>
        <source>预览/打印(&amp;V)</source>
        <translation>Pre&amp;view/print</translation>
    </message>
    <message>
        <location filename="../../ui/documents/case_tab.py" line="64"/>
        <source>用 Word/WPS 打开(&amp;W)</source>
        <translation>Open in &amp;Word/WPS</translation>
    </message>
    <message>
        <location filename="../../ui/documents/case_tab.py" line="65"/>
        <source>更正(&amp;C)…</source>
        <translation>&amp;Correct…</translation>
    </message>
    <message>
        <location filename="../../ui/documents/case_tab.py" line="66"/>
        <source>生成送达回证(&amp;B)</source>
        <translation>Generate proofs of service (&amp;B)</translation>
    </message>
    <message>
        <location filename="../../ui/documents/case_tab.py" line="67"/>
        <source>为本案每份已签发文书的每个受送达人生成一份送达回证</source>
        <translation>Generate a proof of service for every addressee of every issued document of this case</translation>
    </message>
    <message>
        <location filename="../../ui/documents/case_tab.py" line="68"/>
        <source>添加附件(&amp;A)…</source>
        <translation>&amp;Add attachment…</translation>
    </message>
    <message>
        <location filename="../../ui/documents/case_tab.py" line="69"/>
        <source>装订案卷(&amp;K)…</source>
        <translation>Bind the case file… (&amp;K)</translation>
    </message>
    <message>
        <location filename="../../ui/documents/case_tab.py" line="78"/>
        <source>文书</source>
        <translation>Documents</translation>
    </message>
    <message>
        <location filename="../../ui/documents/case_tab.py" line="78"/>
        <source>文号</source>
        <translation>Document number</translation>
    </message>
    <message>
        <location filename="../../ui/documents/case_tab.py" line="78"/>
        <source>受送达人/对象</source>
        <translation>Addressee/subject</translation>
    </message>
    <message>
        <location filename="../../ui/documents/case_tab.py" line="78"/>
        <source>签发时间</source>
        <translation>Issued at</translation>
    </message>
    <message>
        <location filename="../../ui/documents/case_tab.py" line="79"/>
        <source>签发人</source>
        <translation>Signatory</translation>
    </message>
    <message>
        <location filename="../../ui/documents/case_tab.py" line="79"/>
        <source>页数</source>
        <translation>Pages</translation>
    </message>
    <message>
        <location filename="../../ui/documents/case_tab.py" line="79"/>
        <source>送达记录</source>
        <translation>Service records</translation>
    </message>
    <message>
        <location filename="../../ui/documents/case_tab.py" line="79"/>
        <location filename="../../ui/documents/case_tab.py" line="182"/>
        <source>更正</source>
        <translation>Correct</translation>
    </message>
    <message>
        <location filename="../../ui/documents/case_tab.py" line="79"/>
        <source>制作人</source>
        <translation>Drafted by</translation>
    </message>
    <message>
        <location filename="../../ui/documents/case_tab.py" line="86"/>
        <source>附件（证据等，装订入卷）</source>
        <translation>Attachments (evidence etc., bound into the file)</translation>
    </message>
    <message>
        <location filename="../../ui/documents/case_tab.py" line="87"/>
        <source>名称</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../ui/documents/case_tab.py" line="87"/>
        <source>文件</source>
        <translation>File</translation>
    </message>
    <message>
        <location filename="../../ui/documents/case_tab.py" line="87"/>
        <source>添加时间</source>
        <translation>Time added</translation>
    </message>
    <message>
        <location filename="../../ui/documents/case_tab.py" line="87"/>
        <source>大小</source>
        <translation>Size</translation>
    </message>
    <message>
        <location filename="../../ui/documents/case_tab.py" line="117"/>
        <source>更正 %1</source>
        <translation>Correct %1</translation>
    </message>
    <message>
        <location filename="../../ui/documents/case_tab.py" line="118"/>
        <source>已被 %1 更正</source>
        <translation>Corrected by %1</translation>
    </message>
    <message>
        <location filename="../../ui/documents/case_tab.py" line="164"/>
        <source>已签发的文书不能修改；如有错误请使用“更正”。</source>
        <translation>An issued document cannot be changed; to fix an error use &quot;Correct&quot;.</translation>
    </message>
    <message>
        <location filename="../../ui/documents/case_tab.py" line="182"/>
        <source>该文书已被 %1 更正，请更正最新的文书。</source>
        <translation>This document was corrected by %1; correct the latest document.</translation>
    </message>
    <message>
        <location filename="../../ui/documents/case_tab.py" line="197"/>
        <source>送达回证</source>
        <translation>Proof of service</translation>
    </message>
    <message>
        <location filename="../../ui/documents/case_tab.py" line="197"/>
        <source>每份已签发文书的送达回证都已生成。</source>
        <translation>A proof of service has been generated for every issued document.</translation>
    </message>
    <message>
        <location filename="../../ui/documents/case_tab.py" line="205"/>
        <source>批量生成</source>
        <translation>Batch generation</translation>
    </message>
    <message>
        <location filename="../../ui/documents/case_tab.py" line="205"/>
        <source>已签发 %1 份；取消 %2 份（未编号）。</source>
        <translation>%1 issued; %2 cancelled (not numbered).</translation>
    </message>
    <message>
        <location filename="../../ui/documents/case_tab.py" line="210"/>
        <location filename="../../ui/documents/case_tab.py" line="213"/>
        <source>添加附件</source>
        <translation>Add attachment</translation>
    </message>
    <message>
        <location filename="../../ui/documents/case_tab.py" line="211"/>
        <source>PDF 或图片 (*.pdf *.png *.jpg *.jpeg *.tif *.tiff *.bmp)</source>
        <translation>PDF or image (*.pdf *.png *.jpg *.jpeg *.tif *.tiff *.bmp)</translation>
    </message>
    <message>
        <location filename="../../ui/documents/case_tab.py" line="213"/>
        <source>附件名称：</source>
        <translation>Attachment name:</translation>
    </message>
    <message>
        <location filename="../../ui/documents/case_tab.py" line="239"/>
        <source>正在装订案卷…</source>
        <translation>Binding the case file…</translation>
    </message>
    <message>
        <location filename="../../ui/documents/case_tab.py" line="265"/>
        <source>案卷-%1</source>
        <translation>Case file-%1</translation>
    </message>
    <message>
        <location filename="../../ui/documents/case_tab.py" line="267"/>
        <source>案卷共 %1 件文件、%2 页（连续编号）。请“另存为”保存后归档。</source>
        <translation>The case file has %1 documents, %2 pages (numbered continuously). Use &quot;Save as&quot; to save it for archiving.</translation>
    </message>
</context>
<context>
    <name>DocumentsView</name>
    <message>
        <location filename="../../ui/documents/section.py" line="55"/>
        <source>批量签发口头审理通知书，口审日期：</source>
        <translation>Batch-issue notices of oral hearing, hearing date:</translation>
    </message>
    <message>
        <location filename="../../ui/documents/section.py" line="59"/>
        <source>批量签发(&amp;H)</source>
        <translation>Batc&amp;h issue</translation>
    </message>
    <message>
        <location filename="../../ui/documents/section.py" line="85"/>
        <location filename="../../ui/documents/section.py" line="95"/>
        <source>待送达</source>
        <translation>To serve</translation>
    </message>
    <message>
        <location filename="../../ui/documents/section.py" line="122"/>
        <location filename="../../ui/documents/section.py" line="135"/>
        <source>已签发文书</source>
        <translation>Issued documents</translation>
    </message>
    <message>
        <location filename="../../ui/documents/section.py" line="102"/>
        <source>文号、案号、当事人</source>
        <translation>Document number, case number, parties</translation>
    </message>
    <message>
        <location filename="../../ui/documents/section.py" line="74"/>
        <source>双击打开案件，在“送达”页登记。</source>
        <translation>Double-click to open the case and record it on the Service tab.</translation>
    </message>
    <message>
        <location filename="../../ui/documents/section.py" line="83"/>
        <source>没有待送达的文书</source>
        <translation>No documents waiting to be served</translation>
    </message>
    <message>
        <location filename="../../ui/documents/section.py" line="91"/>
        <source>待送达文书登记</source>
        <translation>Register of documents to serve</translation>
    </message>
    <message>
        <location filename="../../ui/documents/section.py" line="93"/>
        <source>待送达文书</source>
        <translation>Documents to serve</translation>
    </message>
    <message>
        <location filename="../../ui/documents/section.py" line="105"/>
        <source>全部文书</source>
        <translation>All documents</translation>
    </message>
    <message>
        <location filename="../../ui/documents/section.py" line="109"/>
        <source>预览/打印(&amp;V)</source>
        <translation>Pre&amp;view/print</translation>
    </message>
    <message>
        <location filename="../../ui/documents/section.py" line="111"/>
        <source>打开案件(&amp;O)</source>
        <translation>&amp;Open case</translation>
    </message>
    <message>
        <location filename="../../ui/documents/section.py" line="147"/>
        <source>没有找到与“%1”相符的文书</source>
        <translation>No document matches &quot;%1&quot;</translation>
    </message>
    <message>
        <location filename="../../ui/documents/section.py" line="148"/>
        <source>没有符合条件的文书</source>
        <translation>No document matches the filter</translation>
    </message>
    <message>
        <location filename="../../ui/documents/section.py" line="129"/>
        <location filename="../../ui/documents/section.py" line="133"/>
        <source>文书登记簿</source>
        <translation>Document register</translation>
    </message>
    <message>
        <location filename="../../ui/documents/section.py" line="162"/>
        <source>搜索：%1</source>
        <translation>Search: %1</translation>
    </message>
    <message>
        <location filename="../../ui/documents/section.py" line="163"/>
        <source>文书：%1</source>
        <translation>Document: %1</translation>
    </message>
    <message>
        <location filename="../../ui/documents/section.py" line="164"/>
        <source>导出时间：%1</source>
        <translation>Exported: %1</translation>
    </message>
    <message>
        <location filename="../../ui/documents/section.py" line="203"/>
        <location filename="../../ui/documents/section.py" line="208"/>
        <source>口头审理通知书</source>
        <translation>Notice of oral hearing</translation>
    </message>
    <message>
        <location filename="../../ui/documents/section.py" line="203"/>
        <source>该日没有安排口头审理的案件。</source>
        <translation>No cases have an oral hearing on this day.</translation>
    </message>
    <message>
        <location filename="../../ui/documents/section.py" line="209"/>
        <source>将为 %1 件案件的 %2 名当事人各签发一份口头审理通知书。继续吗？</source>
        <translation>One notice of oral hearing will be issued for each of the %2 parties of %1 cases. Continue?</translation>
    </message>
    <message>
        <location filename="../../ui/documents/section.py" line="221"/>
        <source>批量签发</source>
        <translation>Batch issue</translation>
    </message>
    <message>
        <location filename="../../ui/documents/section.py" line="221"/>
        <source>已签发 %1 份；取消 %2 份（未编号）。</source>
        <translation>%1 issued; %2 cancelled (not numbered).</translation>
    </message>
</context>
<context>
    <name>DrillBar</name>
    <message>
        <location filename="../../ui/common/drill_bar.py" line="20"/>
        <source>取消统计筛选</source>
        <translation>Clear the statistics filter</translation>
    </message>
</context>
<context>
    <name>EndCheckoutDialog</name>
    <message>
        <location filename="../../ui/sync/end_dialog.py" line="24"/>
        <source>结束外出办案</source>
        <translation>End field check-out</translation>
    </message>
    <message>
        <location filename="../../ui/sync/end_dialog.py" line="28"/>
        <source> 等 %1 件</source>
        <translation> and %1 in all</translation>
    </message>
    <message>
        <location filename="../../ui/sync/end_dialog.py" line="30"/>
        <source>%1 的笔记本“%2”自 %3 起外出办案，带走：%4。

结束后，这些记录立即回到单位，可在单位修改；笔记本此后签入的操作不会自动执行，而是进入冲突队列，由部门负责人或承办人逐项决定。</source>
        <translation>%1&apos;s laptop &quot;%2&quot; has been out in the field since %3 with: %4.

Once ended, these records return to the office at once and may be changed there; operations the laptop checks in later are not applied automatically but go to the conflict queue, where the department head or the officer in charge decides each one.</translation>
    </message>
    <message>
        <location filename="../../ui/sync/end_dialog.py" line="33"/>
        <source>（无）</source>
        <translation>(none)</translation>
    </message>
    <message>
        <location filename="../../ui/sync/end_dialog.py" line="36"/>
        <source>结束原因(&amp;R)：</source>
        <translation>&amp;Reason for ending:</translation>
    </message>
    <message>
        <location filename="../../ui/sync/end_dialog.py" line="37"/>
        <source>例如：笔记本遗失；承办人调离；案件须在单位继续办理</source>
        <translation>e.g. laptop lost; officer transferred; the case must continue at the office</translation>
    </message>
</context>
<context>
    <name>EnforcementStepDialog</name>
    <message>
        <location filename="../../ui/credit/enforcement_dialog.py" line="26"/>
        <source>记录执行环节 — %1</source>
        <translation>Record an enforcement step — %1</translation>
    </message>
    <message>
        <location filename="../../ui/credit/enforcement_dialog.py" line="27"/>
        <source>环节(&amp;S)：</source>
        <translation>&amp;Step:</translation>
    </message>
    <message>
        <location filename="../../ui/credit/enforcement_dialog.py" line="31"/>
        <source>日期(&amp;D)：</source>
        <translation>&amp;Date:</translation>
    </message>
    <message>
        <location filename="../../ui/credit/enforcement_dialog.py" line="32"/>
        <source>说明(&amp;N)：</source>
        <translation>&amp;Notes:</translation>
    </message>
</context>
<context>
    <name>EnforcementTab</name>
    <message>
        <location filename="../../ui/credit/case_tab.py" line="45"/>
        <source>裁决生效后当事人不起诉又不履行的，应先送达催告书，十日后仍不履行的，本机关可在起诉期限届满之日起三个月内申请人民法院强制执行；本机关未申请的，权利人可在其后六个月内申请（专利纠纷行政裁决和调解办法第八十条）。</source>
        <translation>When a party neither sues nor complies with a ruling in force, first serve a demand letter; if it still does not comply ten days later, this office may apply to the people&apos;s court for enforcement within three months of the end of the suit period; if the office does not, the right holder may apply within the following six months (Measures for Administrative Adjudication and Mediation of Patent Disputes art. 80).</translation>
    </message>
    <message>
        <location filename="../../ui/credit/case_tab.py" line="50"/>
        <source>日期</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../ui/credit/case_tab.py" line="50"/>
        <source>环节</source>
        <translation>Step</translation>
    </message>
    <message>
        <location filename="../../ui/credit/case_tab.py" line="50"/>
        <source>说明</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location filename="../../ui/credit/case_tab.py" line="50"/>
        <source>记录人</source>
        <translation>Recorded by</translation>
    </message>
    <message>
        <location filename="../../ui/credit/case_tab.py" line="54"/>
        <source>记录执行环节(&amp;E)…</source>
        <translation>Record an &amp;enforcement step…</translation>
    </message>
    <message>
        <location filename="../../ui/credit/case_tab.py" line="56"/>
        <source>失信认定(&amp;I)…</source>
        <translation>Credit &amp;identification…</translation>
    </message>
    <message>
        <location filename="../../ui/credit/case_tab.py" line="62"/>
        <source>本案的失信认定（在“失信名单”中办理后续步骤）：</source>
        <translation>Credit identification of this case (further steps under &quot;Credit blacklist&quot;):</translation>
    </message>
    <message>
        <location filename="../../ui/credit/case_tab.py" line="63"/>
        <source>当事人</source>
        <translation>Party</translation>
    </message>
    <message>
        <location filename="../../ui/credit/case_tab.py" line="63"/>
        <source>失信行为</source>
        <translation>Untrustworthy conduct</translation>
    </message>
    <message>
        <location filename="../../ui/credit/case_tab.py" line="63"/>
        <source>状态</source>
        <translation>State</translation>
    </message>
    <message>
        <location filename="../../ui/credit/case_tab.py" line="63"/>
        <source>下一步</source>
        <translation>Next step</translation>
    </message>
    <message>
        <location filename="../../ui/credit/case_tab.py" line="64"/>
        <source>期限</source>
        <translation>Deadline</translation>
    </message>
</context>
<context>
    <name>EvidenceTab</name>
    <message>
        <location filename="../../ui/evidence/case_tab.py" line="52"/>
        <source>证据登记</source>
        <translation>Evidence register</translation>
    </message>
    <message>
        <location filename="../../ui/evidence/case_tab.py" line="53"/>
        <source>调查取证</source>
        <translation>Investigation and evidence</translation>
    </message>
    <message>
        <location filename="../../ui/evidence/case_tab.py" line="54"/>
        <source>举证期限</source>
        <translation>Time limit for evidence</translation>
    </message>
    <message>
        <location filename="../../ui/evidence/case_tab.py" line="75"/>
        <source>登记证据(&amp;A)…</source>
        <translation>Register evidence… (&amp;A)</translation>
    </message>
    <message>
        <location filename="../../ui/evidence/case_tab.py" line="76"/>
        <source>修改/添加文件…</source>
        <translation>Change/add files…</translation>
    </message>
    <message>
        <location filename="../../ui/evidence/case_tab.py" line="77"/>
        <source>采信…</source>
        <translation>Admit…</translation>
    </message>
    <message>
        <location filename="../../ui/evidence/case_tab.py" line="78"/>
        <source>不予采信…</source>
        <translation>Not admitted…</translation>
    </message>
    <message>
        <location filename="../../ui/evidence/case_tab.py" line="79"/>
        <source>打开文件</source>
        <translation>Open file</translation>
    </message>
    <message>
        <location filename="../../ui/evidence/case_tab.py" line="80"/>
        <source>校验文件(&amp;V)</source>
        <translation>&amp;Verify files</translation>
    </message>
    <message>
        <location filename="../../ui/evidence/case_tab.py" line="81"/>
        <source>打印证据材料清单(&amp;P)…</source>
        <translation>&amp;Print the evidence list…</translation>
    </message>
    <message>
        <location filename="../../ui/evidence/case_tab.py" line="84"/>
        <source>序号</source>
        <translation>No.</translation>
    </message>
    <message>
        <location filename="../../ui/evidence/case_tab.py" line="84"/>
        <source>名称</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../ui/evidence/case_tab.py" line="84"/>
        <source>递交人</source>
        <translation>Submitted by</translation>
    </message>
    <message>
        <location filename="../../ui/evidence/case_tab.py" line="84"/>
        <source>收到日期</source>
        <translation>Date received</translation>
    </message>
    <message>
        <location filename="../../ui/evidence/case_tab.py" line="85"/>
        <source>所要说明的事实</source>
        <translation>Facts to be stated</translation>
    </message>
    <message>
        <location filename="../../ui/evidence/case_tab.py" line="85"/>
        <source>页数</source>
        <translation>Pages</translation>
    </message>
    <message>
        <location filename="../../ui/evidence/case_tab.py" line="85"/>
        <source>原件/复印件</source>
        <translation>Original/copy</translation>
    </message>
    <message>
        <location filename="../../ui/evidence/case_tab.py" line="86"/>
        <source>文件（SHA-256 校验）</source>
        <translation>Files (SHA-256 checked)</translation>
    </message>
    <message>
        <location filename="../../ui/evidence/case_tab.py" line="86"/>
        <source>认定</source>
        <translation>Assessment</translation>
    </message>
    <message>
        <location filename="../../ui/evidence/case_tab.py" line="86"/>
        <location filename="../../ui/evidence/case_tab.py" line="129"/>
        <source>理由</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location filename="../../ui/evidence/case_tab.py" line="99"/>
        <source>新建(&amp;N)</source>
        <translation>&amp;New</translation>
    </message>
    <message>
        <location filename="../../ui/evidence/case_tab.py" line="100"/>
        <source>登记保存处理决定…</source>
        <translation>Decision on evidence registered for preservation…</translation>
    </message>
    <message>
        <location filename="../../ui/evidence/case_tab.py" line="101"/>
        <source>收到鉴定意见…</source>
        <translation>Expert opinion received…</translation>
    </message>
    <message>
        <location filename="../../ui/evidence/case_tab.py" line="102"/>
        <source>制作文书(&amp;D)…</source>
        <translation>&amp;Draft document…</translation>
    </message>
    <message>
        <location filename="../../ui/evidence/case_tab.py" line="103"/>
        <source>解除登记保存决定书…</source>
        <translation>Decision releasing evidence from preservation…</translation>
    </message>
    <message>
        <location filename="../../ui/evidence/case_tab.py" line="105"/>
        <source>调查笔录…</source>
        <translation>Investigation record…</translation>
    </message>
    <message>
        <location filename="../../ui/evidence/case_tab.py" line="106"/>
        <source>现场检查（勘验）笔录…</source>
        <translation>On-site inspection record…</translation>
    </message>
    <message>
        <location filename="../../ui/evidence/case_tab.py" line="107"/>
        <source>抽样取证…</source>
        <translation>Sampling of evidence…</translation>
    </message>
    <message>
        <location filename="../../ui/evidence/case_tab.py" line="108"/>
        <source>证据登记保存…</source>
        <translation>Registration of evidence for preservation…</translation>
    </message>
    <message>
        <location filename="../../ui/evidence/case_tab.py" line="109"/>
        <source>委托技术鉴定…</source>
        <translation>Commission a technical appraisal…</translation>
    </message>
    <message>
        <location filename="../../ui/evidence/case_tab.py" line="110"/>
        <source>技术调查官意见…</source>
        <translation>Technical investigator&apos;s opinion…</translation>
    </message>
    <message>
        <location filename="../../ui/evidence/case_tab.py" line="114"/>
        <source>类别</source>
        <translation>Category</translation>
    </message>
    <message>
        <location filename="../../ui/evidence/case_tab.py" line="114"/>
        <source>日期</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../ui/evidence/case_tab.py" line="114"/>
        <source>对象/机构/地点</source>
        <translation>Subject/organisation/place</translation>
    </message>
    <message>
        <location filename="../../ui/evidence/case_tab.py" line="114"/>
        <source>人员</source>
        <translation>People</translation>
    </message>
    <message>
        <location filename="../../ui/evidence/case_tab.py" line="115"/>
        <source>情况</source>
        <translation>Situation</translation>
    </message>
    <message>
        <location filename="../../ui/evidence/case_tab.py" line="123"/>
        <source>延长举证期限(&amp;E)…</source>
        <translation>&amp;Extend the time limit for evidence…</translation>
    </message>
    <message>
        <location filename="../../ui/evidence/case_tab.py" line="125"/>
        <location filename="../../ui/evidence/case_tab.py" line="128"/>
        <source>当事人</source>
        <translation>Party</translation>
    </message>
    <message>
        <location filename="../../ui/evidence/case_tab.py" line="125"/>
        <source>起算日</source>
        <translation>Start date</translation>
    </message>
    <message>
        <location filename="../../ui/evidence/case_tab.py" line="125"/>
        <source>届满日</source>
        <translation>Due date</translation>
    </message>
    <message>
        <location filename="../../ui/evidence/case_tab.py" line="125"/>
        <source>计算过程</source>
        <translation>Calculation</translation>
    </message>
    <message>
        <location filename="../../ui/evidence/case_tab.py" line="128"/>
        <source>申请日</source>
        <translation>Filing date</translation>
    </message>
    <message>
        <location filename="../../ui/evidence/case_tab.py" line="128"/>
        <source>决定日</source>
        <translation>Decision day</translation>
    </message>
    <message>
        <location filename="../../ui/evidence/case_tab.py" line="128"/>
        <source>延长</source>
        <translation>Extend</translation>
    </message>
    <message>
        <location filename="../../ui/evidence/case_tab.py" line="129"/>
        <source>原届满日 → 新届满日</source>
        <translation>Old due date → new due date</translation>
    </message>
    <message>
        <location filename="../../ui/evidence/case_tab.py" line="130"/>
        <source>延长记录（延长期间不计入结案期限）：</source>
        <translation>Extensions (extended periods are not counted in the closing limit):</translation>
    </message>
    <message>
        <location filename="../../ui/evidence/case_tab.py" line="150"/>
        <source>原件</source>
        <translation>Original</translation>
    </message>
    <message>
        <location filename="../../ui/evidence/case_tab.py" line="150"/>
        <source>复印件</source>
        <translation>Copy</translation>
    </message>
    <message>
        <location filename="../../ui/evidence/case_tab.py" line="159"/>
        <source>待作出处理决定</source>
        <translation>Awaiting a decision on handling</translation>
    </message>
    <message>
        <location filename="../../ui/evidence/case_tab.py" line="162"/>
        <source>%1 项物品</source>
        <translation>%1 items</translation>
    </message>
    <message>
        <location filename="../../ui/evidence/case_tab.py" line="165"/>
        <source>鉴定中，已暂停结案期限 %1 日</source>
        <translation>Under appraisal: the closing limit has been paused for %1 days</translation>
    </message>
    <message>
        <location filename="../../ui/evidence/case_tab.py" line="166"/>
        <source>已收到意见，暂停 %1 日</source>
        <translation>Opinion received, paused for %1 days</translation>
    </message>
    <message>
        <location filename="../../ui/evidence/case_tab.py" line="167"/>
        <source>技术鉴定</source>
        <translation>Technical appraisal</translation>
    </message>
    <message>
        <location filename="../../ui/evidence/case_tab.py" line="171"/>
        <source>技术调查官意见</source>
        <translation>Technical investigator&apos;s opinion</translation>
    </message>
    <message>
        <location filename="../../ui/evidence/case_tab.py" line="172"/>
        <source>（附 %1 个文件）</source>
        <translation>(%1 files attached)</translation>
    </message>
    <message>
        <location filename="../../ui/evidence/case_tab.py" line="178"/>
        <source>%1 日</source>
        <translation>%1 days</translation>
    </message>
    <message>
        <location filename="../../ui/evidence/case_tab.py" line="183"/>
        <source>✓</source>
        <translation>✓</translation>
    </message>
    <message>
        <location filename="../../ui/evidence/case_tab.py" line="183"/>
        <source>✗ 已被改动</source>
        <translation>✗ Altered</translation>
    </message>
    <message>
        <location filename="../../ui/evidence/case_tab.py" line="276"/>
        <source>校验 %1 个文件：以下文件与登记时的 SHA-256 不一致，可能已被改动：%2</source>
        <translation>Checked %1 files: these differ from the SHA-256 recorded at registration and may have been altered: %2</translation>
    </message>
    <message>
        <location filename="../../ui/evidence/case_tab.py" line="280"/>
        <source>校验 %1 个文件：全部与登记时一致。</source>
        <translation>Checked %1 files: all match what was registered.</translation>
    </message>
</context>
<context>
    <name>FontNotice</name>
    <message>
        <location filename="../../ui/admin/font_notice.py" line="45"/>
        <source>缺少公文字体</source>
        <translation>Official fonts missing</translation>
    </message>
</context>
<context>
    <name>FontsPage</name>
    <message>
        <location filename="../../ui/admin/fonts_tab.py" line="28"/>
        <source>标题</source>
        <translation>Title</translation>
    </message>
    <message>
        <location filename="../../ui/admin/fonts_tab.py" line="29"/>
        <source>正文</source>
        <translation>Body text</translation>
    </message>
    <message>
        <location filename="../../ui/admin/fonts_tab.py" line="30"/>
        <source>一级标题</source>
        <translation>Level-1 heading</translation>
    </message>
    <message>
        <location filename="../../ui/admin/fonts_tab.py" line="31"/>
        <source>二级标题</source>
        <translation>Level-2 heading</translation>
    </message>
    <message>
        <location filename="../../ui/admin/fonts_tab.py" line="32"/>
        <source>页码、表格</source>
        <translation>Page numbers, tables</translation>
    </message>
    <message>
        <location filename="../../ui/admin/fonts_tab.py" line="54"/>
        <source>公文按 GB/T 9704 使用方正小标宋简体（标题）、仿宋_GB2312（正文）、黑体和楷体_GB2312（层次标题）。本机缺少时，PDF 使用替代字体，Word 文件仍写明公文字体名称。可在此为本机选择单位已有的字体文件（TrueType .ttf/.ttc），程序检查后复制到本机数据文件夹，只对本机有效。</source>
        <translation>Under GB/T 9704 official documents use FZ Xiaobiaosong (title), FangSong GB2312 (body), Hei and Kai GB2312 (headings). When this computer lacks them, PDFs use substitutes and Word files still name the official fonts. Here you can pick font files your office has (TrueType .ttf/.ttc): they are checked and copied into this computer&apos;s data folder, for this computer only.</translation>
    </message>
    <message>
        <location filename="../../ui/admin/fonts_tab.py" line="61"/>
        <source>用途</source>
        <translation>Use</translation>
    </message>
    <message>
        <location filename="../../ui/admin/fonts_tab.py" line="61"/>
        <source>公文字体</source>
        <translation>Official fonts</translation>
    </message>
    <message>
        <location filename="../../ui/admin/fonts_tab.py" line="61"/>
        <source>本机文书使用</source>
        <translation>Used by documents on this computer</translation>
    </message>
    <message>
        <location filename="../../ui/admin/fonts_tab.py" line="62"/>
        <source>来源</source>
        <translation>Source</translation>
    </message>
    <message>
        <location filename="../../ui/admin/fonts_tab.py" line="78"/>
        <source>选择字体文件(&amp;F)…</source>
        <translation>Choose a &amp;font file…</translation>
    </message>
    <message>
        <location filename="../../ui/admin/fonts_tab.py" line="81"/>
        <source>恢复自动选择(&amp;A)</source>
        <translation>Back to &amp;automatic choice</translation>
    </message>
    <message>
        <location filename="../../ui/admin/fonts_tab.py" line="129"/>
        <source>选择字体文件</source>
        <translation>Choose a font file</translation>
    </message>
    <message>
        <location filename="../../ui/admin/fonts_tab.py" line="129"/>
        <source>TrueType 字体 (*.ttf *.ttc *.TTF *.TTC);;所有文件 (*)</source>
        <translation>TrueType font (*.ttf *.ttc *.TTF *.TTC);;All files (*)</translation>
    </message>
</context>
<context>
    <name>HearingCalendarView</name>
    <message>
        <location filename="../../ui/hearings/calendar_section.py" line="61"/>
        <source>周(&amp;W)</source>
        <translation>&amp;Week</translation>
    </message>
    <message>
        <location filename="../../ui/hearings/calendar_section.py" line="62"/>
        <source>月(&amp;Y)</source>
        <translation>Month (&amp;Y)</translation>
    </message>
    <message>
        <location filename="../../ui/hearings/calendar_section.py" line="70"/>
        <source>◀ 上一页</source>
        <translation>◀ Previous page</translation>
    </message>
    <message>
        <location filename="../../ui/hearings/calendar_section.py" line="70"/>
        <source>今天(&amp;T)</source>
        <translation>&amp;Today</translation>
    </message>
    <message>
        <location filename="../../ui/hearings/calendar_section.py" line="70"/>
        <source>下一页 ▶</source>
        <translation>Next page ▶</translation>
    </message>
    <message>
        <location filename="../../ui/hearings/calendar_section.py" line="113"/>
        <location filename="../../ui/hearings/calendar_section.py" line="114"/>
        <source>口头审理登记</source>
        <translation>Oral hearing register</translation>
    </message>
    <message>
        <location filename="../../ui/hearings/calendar_section.py" line="81"/>
        <source>显示(&amp;F)：</source>
        <translation>Show: (&amp;F)</translation>
    </message>
    <message>
        <location filename="../../ui/hearings/calendar_section.py" line="87"/>
        <source>全部口审</source>
        <translation>All hearings</translation>
    </message>
    <message>
        <location filename="../../ui/hearings/calendar_section.py" line="119"/>
        <source>待办：回执与延期申请</source>
        <translation>To do: acknowledgements and postponement requests</translation>
    </message>
    <message>
        <location filename="../../ui/hearings/calendar_section.py" line="193"/>
        <source>口审庭：%1</source>
        <translation>Hearing room: %1</translation>
    </message>
    <message>
        <location filename="../../ui/hearings/calendar_section.py" line="198"/>
        <source>人员：%1</source>
        <translation>People: %1</translation>
    </message>
    <message>
        <location filename="../../ui/hearings/calendar_section.py" line="220"/>
        <source>%1年%2月</source>
        <translation>%2/%1</translation>
    </message>
    <message>
        <location filename="../../ui/hearings/calendar_section.py" line="232"/>
        <source>%1 今天</source>
        <translation>%1 today</translation>
    </message>
    <message>
        <location filename="../../ui/hearings/calendar_section.py" line="256"/>
        <source>（无）</source>
        <translation>(none)</translation>
    </message>
    <message>
        <location filename="../../ui/hearings/calendar_section.py" line="261"/>
        <source>时间</source>
        <translation>Time</translation>
    </message>
    <message>
        <location filename="../../ui/hearings/calendar_section.py" line="261"/>
        <source>口审庭</source>
        <translation>Hearing room</translation>
    </message>
    <message>
        <location filename="../../ui/hearings/calendar_section.py" line="261"/>
        <source>案号</source>
        <translation>Case number</translation>
    </message>
    <message>
        <location filename="../../ui/hearings/calendar_section.py" line="261"/>
        <source>当事人</source>
        <translation>Party</translation>
    </message>
    <message>
        <location filename="../../ui/hearings/calendar_section.py" line="261"/>
        <source>第几次</source>
        <translation>Session no.</translation>
    </message>
    <message>
        <location filename="../../ui/hearings/calendar_section.py" line="262"/>
        <source>人员</source>
        <translation>People</translation>
    </message>
    <message>
        <location filename="../../ui/hearings/calendar_section.py" line="262"/>
        <source>状态</source>
        <translation>State</translation>
    </message>
    <message>
        <location filename="../../ui/hearings/calendar_section.py" line="262"/>
        <source>公开</source>
        <translation>Publication</translation>
    </message>
    <message>
        <location filename="../../ui/hearings/calendar_section.py" line="263"/>
        <source>未立案</source>
        <translation>Not registered</translation>
    </message>
    <message>
        <location filename="../../ui/hearings/calendar_section.py" line="273"/>
        <source>%1 至 %2</source>
        <translation>%1 to %2</translation>
    </message>
    <message>
        <location filename="../../ui/hearings/calendar_section.py" line="275"/>
        <source>导出时间：%1</source>
        <translation>Exported: %1</translation>
    </message>
</context>
<context>
    <name>HearingDialog</name>
    <message>
        <location filename="../../ui/hearings/schedule_dialog.py" line="63"/>
        <source>口审庭(&amp;R)</source>
        <translation>Hearing &amp;room</translation>
    </message>
    <message>
        <location filename="../../ui/hearings/schedule_dialog.py" line="78"/>
        <source>日期和时间(&amp;D)</source>
        <translation>&amp;Date and time</translation>
    </message>
    <message>
        <location filename="../../ui/hearings/schedule_dialog.py" line="79"/>
        <source>公开审理(&amp;P)</source>
        <translation>&amp;Public hearing</translation>
    </message>
    <message>
        <location filename="../../ui/hearings/schedule_dialog.py" line="82"/>
        <source>已发布公告，日期：</source>
        <translation>Notice published on:</translation>
    </message>
    <message>
        <location filename="../../ui/hearings/schedule_dialog.py" line="88"/>
        <source>线上口审(&amp;O)</source>
        <translation>&amp;Online hearing</translation>
    </message>
    <message>
        <location filename="../../ui/hearings/schedule_dialog.py" line="91"/>
        <source>平台及会议号/链接，如 腾讯会议 123-456-789</source>
        <translation>Platform and meeting number/link, e.g. Tencent Meeting 123-456-789</translation>
    </message>
    <message>
        <location filename="../../ui/hearings/schedule_dialog.py" line="96"/>
        <source>参加人员(&amp;M)</source>
        <translation>Participants (&amp;M)</translation>
    </message>
    <message>
        <location filename="../../ui/hearings/schedule_dialog.py" line="101"/>
        <source>变更理由(&amp;Y)</source>
        <translation>Reason for the change (&amp;Y)</translation>
    </message>
    <message>
        <location filename="../../ui/hearings/schedule_dialog.py" line="107"/>
        <source>规则检查（口审庭、人员冲突、工作日、通知和公告期限）：</source>
        <translation>Rule check (hearing room, conflicts between people, working days, notice and announcement periods):</translation>
    </message>
    <message>
        <location filename="../../ui/hearings/schedule_dialog.py" line="111"/>
        <source>有警示时须说明仍按此安排的理由（记入时间线）</source>
        <translation>With warnings, give the reason for keeping this arrangement (recorded in the timeline)</translation>
    </message>
    <message>
        <location filename="../../ui/hearings/schedule_dialog.py" line="113"/>
        <source>确认警示的理由(&amp;W)</source>
        <translation>Reason for accepting the &amp;warnings</translation>
    </message>
    <message>
        <location filename="../../ui/hearings/schedule_dialog.py" line="131"/>
        <source>准予延期：重新安排口审</source>
        <translation>Postponement granted: reschedule the hearing</translation>
    </message>
    <message>
        <location filename="../../ui/hearings/schedule_dialog.py" line="133"/>
        <source>变更口审安排</source>
        <translation>Change the hearing arrangements</translation>
    </message>
    <message>
        <location filename="../../ui/hearings/schedule_dialog.py" line="134"/>
        <source>续行口审</source>
        <translation>Continue the hearing</translation>
    </message>
    <message>
        <location filename="../../ui/hearings/schedule_dialog.py" line="134"/>
        <source>安排口审</source>
        <translation>Schedule a hearing</translation>
    </message>
    <message>
        <location filename="../../ui/hearings/schedule_dialog.py" line="172"/>
        <source>%1座</source>
        <translation>%1 rooms</translation>
    </message>
    <message>
        <location filename="../../ui/hearings/schedule_dialog.py" line="173"/>
        <source>可线上</source>
        <translation>Online possible</translation>
    </message>
    <message>
        <location filename="../../ui/hearings/schedule_dialog.py" line="175"/>
        <source>不使用口审庭（纯线上）</source>
        <translation>No hearing room (online only)</translation>
    </message>
    <message>
        <location filename="../../ui/hearings/schedule_dialog.py" line="246"/>
        <source>✓ 没有冲突，符合通知和公告期限</source>
        <translation>✓ No conflicts; notice and announcement periods are met</translation>
    </message>
    <message>
        <location filename="../../ui/hearings/schedule_dialog.py" line="284"/>
        <source>已发出变更通知书</source>
        <translation>Notice of change sent</translation>
    </message>
    <message>
        <location filename="../../ui/hearings/schedule_dialog.py" line="284"/>
        <source>已签发口头审理变更通知书：%1，请送达当事人。</source>
        <translation>Notice of changed hearing issued: %1. Serve it on the parties.</translation>
    </message>
</context>
<context>
    <name>HearingRecordEditor</name>
    <message>
        <location filename="../../ui/hearings/record_window.py" line="85"/>
        <source>口头审理笔录</source>
        <translation>Oral hearing record</translation>
    </message>
    <message>
        <location filename="../../ui/hearings/record_window.py" line="118"/>
        <source>立即保存(&amp;S)</source>
        <translation>&amp;Save now</translation>
    </message>
    <message>
        <location filename="../../ui/hearings/record_window.py" line="119"/>
        <source>打印预览(&amp;P)</source>
        <translation>&amp;Print preview</translation>
    </message>
    <message>
        <location filename="../../ui/hearings/record_window.py" line="120"/>
        <source>签发笔录(&amp;I)</source>
        <translation>&amp;Issue the record</translation>
    </message>
    <message>
        <location filename="../../ui/hearings/record_window.py" line="121"/>
        <source>结束口审(&amp;E)…</source>
        <translation>&amp;End the hearing…</translation>
    </message>
    <message>
        <location filename="../../ui/hearings/record_window.py" line="122"/>
        <source>关闭</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../ui/hearings/record_window.py" line="159"/>
        <source>到庭人员（逐一核对身份后勾选；拒绝在笔录上签名的，勾选并写明情况）：</source>
        <translation>Present at the hearing (tick each after checking their identity; for anyone who refuses to sign the record, tick and describe):</translation>
    </message>
    <message>
        <location filename="../../ui/hearings/record_window.py" line="163"/>
        <source>增加证人</source>
        <translation>Add a witness</translation>
    </message>
    <message>
        <location filename="../../ui/hearings/record_window.py" line="163"/>
        <source>增加翻译人员</source>
        <translation>Add an interpreter</translation>
    </message>
    <message>
        <location filename="../../ui/hearings/record_window.py" line="164"/>
        <source>增加鉴定人</source>
        <translation>Add an expert</translation>
    </message>
    <message>
        <location filename="../../ui/hearings/record_window.py" line="178"/>
        <source>记录当庭回避申请(&amp;H)…</source>
        <translation>Record a recusal application made at the &amp;hearing…</translation>
    </message>
    <message>
        <location filename="../../ui/hearings/record_window.py" line="180"/>
        <source>登记为回避申请：被申请人员暂停参与本案，待部门负责人决定</source>
        <translation>Record as a recusal application: the person challenged takes no part in the case until the department head decides</translation>
    </message>
    <message>
        <location filename="../../ui/hearings/record_window.py" line="193"/>
        <source>增加技术特征(&amp;F)</source>
        <translation>Add a technical &amp;feature</translation>
    </message>
    <message>
        <location filename="../../ui/hearings/record_window.py" line="196"/>
        <source>删除所选行</source>
        <translation>Delete the selected rows</translation>
    </message>
    <message>
        <location filename="../../ui/hearings/record_window.py" line="240"/>
        <source>%1&#x3000;第%2次口审&#x3000;%3 — %4&#x3000;%5&#x3000;状态：%6</source>
        <translation>%1&#x3000;Hearing no. %2&#x3000;%3 — %4&#x3000;%5&#x3000;Status: %6</translation>
    </message>
    <message>
        <location filename="../../ui/hearings/record_window.py" line="258"/>
        <source>已恢复未保存的内容，正在保存…</source>
        <translation>Unsaved content restored, saving…</translation>
    </message>
    <message>
        <location filename="../../ui/hearings/record_window.py" line="261"/>
        <source>上次保存：%1 %2</source>
        <translation>Last saved: %1 %2</translation>
    </message>
    <message>
        <location filename="../../ui/hearings/record_window.py" line="300"/>
        <source>有未保存的修改（已存草稿）</source>
        <translation>Unsaved changes (draft kept)</translation>
    </message>
    <message>
        <location filename="../../ui/hearings/record_window.py" line="321"/>
        <source>已自动保存 %1</source>
        <translation>Saved automatically %1</translation>
    </message>
    <message>
        <location filename="../../ui/hearings/record_window.py" line="326"/>
        <source>保存失败：内容已存为草稿，未丢失</source>
        <translation>Saving failed: the content was kept as a draft and is not lost</translation>
    </message>
    <message>
        <location filename="../../ui/hearings/record_window.py" line="327"/>
        <source>此笔录已被他人修改</source>
        <translation>This record was changed by someone else</translation>
    </message>
    <message>
        <location filename="../../ui/hearings/record_window.py" line="349"/>
        <source>%1申请%2回避，理由：%3。合议组宣布暂停口审，报请部门负责人决定；决定作出前，被申请人员暂停参与本案工作。</source>
        <translation>%1 applied for the recusal of %2 on the ground: %3. The panel adjourned the hearing and referred the matter to the department head; until the decision, the person challenged takes no part in the case.</translation>
    </message>
    <message>
        <location filename="../../ui/hearings/record_window.py" line="369"/>
        <source>预览：%1</source>
        <translation>Preview: %1</translation>
    </message>
    <message>
        <location filename="../../ui/hearings/record_window.py" line="370"/>
        <source>草稿预览：签发后编号存档。</source>
        <translation>Draft preview: numbered and filed on issue.</translation>
    </message>
    <message>
        <location filename="../../ui/hearings/record_window.py" line="374"/>
        <location filename="../../ui/hearings/record_window.py" line="384"/>
        <source>签发笔录</source>
        <translation>Issue the record</translation>
    </message>
    <message>
        <location filename="../../ui/hearings/record_window.py" line="375"/>
        <source>签发后笔录编号存档，内容不能再修改。确定签发本次口审的笔录吗？</source>
        <translation>Once issued, the record is numbered and filed and can no longer change. Issue the record of this hearing?</translation>
    </message>
    <message>
        <location filename="../../ui/hearings/record_window.py" line="384"/>
        <source>已签发：%1</source>
        <translation>Issued: %1</translation>
    </message>
</context>
<context>
    <name>HearingRoomsPage</name>
    <message>
        <location filename="../../ui/hearings/rooms_tab.py" line="33"/>
        <source>名称</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../ui/hearings/rooms_tab.py" line="33"/>
        <source>地点</source>
        <translation>Place</translation>
    </message>
    <message>
        <location filename="../../ui/hearings/rooms_tab.py" line="34"/>
        <source>座位</source>
        <translation>Seats</translation>
    </message>
    <message>
        <location filename="../../ui/hearings/rooms_tab.py" line="35"/>
        <source>录音录像</source>
        <translation>Recording</translation>
    </message>
    <message>
        <location filename="../../ui/hearings/rooms_tab.py" line="35"/>
        <source>可线上口审</source>
        <translation>Online hearings</translation>
    </message>
    <message>
        <location filename="../../ui/hearings/rooms_tab.py" line="36"/>
        <source>启用</source>
        <translation>Active</translation>
    </message>
    <message>
        <location filename="../../ui/hearings/rooms_tab.py" line="38"/>
        <source>公开审理须提前公告的工作日数（办案指南；〔暂定解释〕按“之间”计算）</source>
        <translation>Working days by which a public hearing must be announced in advance (handling guide; [provisional interpretation] counted as days in between)</translation>
    </message>
    <message>
        <location filename="../../ui/hearings/rooms_tab.py" line="39"/>
        <source>当事人自收到口审通知之日起寄回回执的日数（办案指南文书样式）</source>
        <translation>Days from receipt of the hearing notice within which a party returns the acknowledgement (handling guide&apos;s document model)</translation>
    </message>
    <message>
        <location filename="../../ui/hearings/rooms_tab.py" line="40"/>
        <source>延期口审申请须在口审前提出的日数（“提前3日”）</source>
        <translation>Days before the hearing by which a postponement must be requested (&quot;3 days in advance&quot;)</translation>
    </message>
    <message>
        <location filename="../../ui/hearings/rooms_tab.py" line="41"/>
        <source>新安排口审的默认时长（分钟）</source>
        <translation>Default length of a newly scheduled hearing (minutes)</translation>
    </message>
    <message>
        <location filename="../../ui/hearings/rooms_tab.py" line="55"/>
        <source>口审庭</source>
        <translation>Hearing room</translation>
    </message>
    <message>
        <location filename="../../ui/hearings/rooms_tab.py" line="61"/>
        <source>配备录音录像设备</source>
        <translation>Audio/video recording equipment</translation>
    </message>
    <message>
        <location filename="../../ui/hearings/rooms_tab.py" line="62"/>
        <source>可进行线上口审</source>
        <translation>Online hearings possible</translation>
    </message>
    <message>
        <location filename="../../ui/hearings/rooms_tab.py" line="63"/>
        <source>启用（停用后不能再安排，已有记录保留）</source>
        <translation>Active (once deactivated it cannot be scheduled; existing records are kept)</translation>
    </message>
    <message>
        <location filename="../../ui/hearings/rooms_tab.py" line="65"/>
        <source>名称(&amp;N)</source>
        <translation>&amp;Name</translation>
    </message>
    <message>
        <location filename="../../ui/hearings/rooms_tab.py" line="66"/>
        <source>地点(&amp;L)</source>
        <translation>P&amp;lace</translation>
    </message>
    <message>
        <location filename="../../ui/hearings/rooms_tab.py" line="67"/>
        <source>座位数(&amp;S)</source>
        <translation>&amp;Seats</translation>
    </message>
    <message>
        <location filename="../../ui/hearings/rooms_tab.py" line="76"/>
        <source>新增(&amp;A)</source>
        <translation>&amp;Add</translation>
    </message>
    <message>
        <location filename="../../ui/hearings/rooms_tab.py" line="78"/>
        <source>保存口审庭(&amp;V)</source>
        <translation>Sa&amp;ve hearing room</translation>
    </message>
    <message>
        <location filename="../../ui/hearings/rooms_tab.py" line="87"/>
        <source>口审规则（本机关确定的做法；口审通知提前工作日数见“期限规则”）</source>
        <translation>Hearing rules (practices set by this office; for the working days of notice see &quot;Deadline rules&quot;)</translation>
    </message>
    <message>
        <location filename="../../ui/hearings/rooms_tab.py" line="101"/>
        <source>保存口审规则(&amp;R)</source>
        <translation>Save hearing &amp;rules</translation>
    </message>
    <message>
        <location filename="../../ui/hearings/rooms_tab.py" line="179"/>
        <source>口审规则</source>
        <translation>Hearing rules</translation>
    </message>
    <message>
        <location filename="../../ui/hearings/rooms_tab.py" line="179"/>
        <source>已保存。</source>
        <translation>Saved.</translation>
    </message>
    <message>
        <location filename="../../ui/hearings/rooms_tab.py" line="184"/>
        <source>口审规则已被他人修改</source>
        <translation>The hearing rules were changed by someone else</translation>
    </message>
    <message>
        <location filename="../../ui/hearings/rooms_tab.py" line="194"/>
        <source>口审庭信息已被他人修改</source>
        <translation>The hearing room was changed by someone else</translation>
    </message>
</context>
<context>
    <name>HolidaysPage</name>
    <message>
        <location filename="../../ui/admin/holidays_tab.py" line="39"/>
        <source>导入文件格式（文本或 CSV，UTF-8）：每行一个日期，如
2027-01-01,holiday,元旦
2027-02-07,workday,春节调休
类型可写 holiday/假/休 或 workday/班/调休；# 开头为注释。一个文件可包含多个年份。</source>
        <translation>Import file format (text or CSV, UTF-8): one date per line, e.g.
2027-01-01,holiday,New Year&apos;s Day
2027-02-07,workday,Spring Festival make-up day
The type may be holiday/假/休 or workday/班/调休; lines starting with # are comments. One file may hold several years.</translation>
    </message>
    <message>
        <location filename="../../ui/admin/holidays_tab.py" line="71"/>
        <source>年份(&amp;Y)：</source>
        <translation>&amp;Year:</translation>
    </message>
    <message>
        <location filename="../../ui/admin/holidays_tab.py" line="77"/>
        <source>从文件导入(&amp;I)…</source>
        <translation>&amp;Import from file…</translation>
    </message>
    <message>
        <location filename="../../ui/admin/holidays_tab.py" line="94"/>
        <source>如：国办发明电〔2026〕7号</source>
        <translation>e.g. 国办发明电〔2026〕7号</translation>
    </message>
    <message>
        <location filename="../../ui/admin/holidays_tab.py" line="95"/>
        <source>依据（通知文号）(&amp;N)：</source>
        <translation>Basis (&amp;notice number):</translation>
    </message>
    <message>
        <location filename="../../ui/admin/holidays_tab.py" line="102"/>
        <location filename="../../ui/admin/holidays_tab.py" line="211"/>
        <source>放假</source>
        <translation>Holiday</translation>
    </message>
    <message>
        <location filename="../../ui/admin/holidays_tab.py" line="103"/>
        <location filename="../../ui/admin/holidays_tab.py" line="211"/>
        <source>调休上班</source>
        <translation>Make-up working day</translation>
    </message>
    <message>
        <location filename="../../ui/admin/holidays_tab.py" line="105"/>
        <source>名称，如 春节</source>
        <translation>Name, e.g. Spring Festival</translation>
    </message>
    <message>
        <location filename="../../ui/admin/holidays_tab.py" line="106"/>
        <source>添加(&amp;A)</source>
        <translation>&amp;Add</translation>
    </message>
    <message>
        <location filename="../../ui/admin/holidays_tab.py" line="108"/>
        <source>从</source>
        <translation>From</translation>
    </message>
    <message>
        <location filename="../../ui/admin/holidays_tab.py" line="110"/>
        <source>至</source>
        <translation>to</translation>
    </message>
    <message>
        <location filename="../../ui/admin/holidays_tab.py" line="119"/>
        <source>日期</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../ui/admin/holidays_tab.py" line="119"/>
        <source>星期</source>
        <translation>Weekday</translation>
    </message>
    <message>
        <location filename="../../ui/admin/holidays_tab.py" line="119"/>
        <source>类型</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../ui/admin/holidays_tab.py" line="119"/>
        <source>名称</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../ui/admin/holidays_tab.py" line="128"/>
        <source>删除所选日期(&amp;R)</source>
        <translation>&amp;Remove the selected dates</translation>
    </message>
    <message>
        <location filename="../../ui/admin/holidays_tab.py" line="130"/>
        <source>保存本年(&amp;S)</source>
        <translation>&amp;Save this year</translation>
    </message>
    <message>
        <location filename="../../ui/admin/holidays_tab.py" line="133"/>
        <source>删除本年录入(&amp;D)</source>
        <translation>&amp;Delete this year&apos;s entry</translation>
    </message>
    <message>
        <location filename="../../ui/admin/holidays_tab.py" line="186"/>
        <source>%1 年：使用内置的国务院办公厅放假安排数据。如需更正，可在此修改后保存（保存后以录入数据为准）。</source>
        <translation>%1: using the built-in State Council holiday arrangements. To correct them, edit and save here (the entered data then prevails).</translation>
    </message>
    <message>
        <location filename="../../ui/admin/holidays_tab.py" line="187"/>
        <source>%1 年：使用管理员录入的放假安排。</source>
        <translation>%1: using the holiday arrangements entered by an administrator.</translation>
    </message>
    <message>
        <location filename="../../ui/admin/holidays_tab.py" line="188"/>
        <source>%1 年：尚无官方放假安排，期限暂按《全国年节及纪念日放假办法》推算的法定节日和周末计算（调休未知）并标注“暂定”。推算的节日：%2。国务院办公厅通知发布后（通常在上一年 11 月前后），请在此录入或导入全部节日。</source>
        <translation>%1: no official holiday arrangements yet. Deadlines provisionally count the statutory festivals derived from the national holiday regulations and weekends (make-up working days unknown) and are marked &quot;provisional&quot;. Derived festivals: %2. Once the State Council General Office publishes its notice (usually around November of the previous year), enter or import all festivals here.</translation>
    </message>
    <message>
        <location filename="../../ui/admin/holidays_tab.py" line="194"/>
        <source>已录入的日期尚不完整，缺少：%1；录入全部节日后本年才按录入数据计算。</source>
        <translation>The dates entered are incomplete; missing: %1. This year follows the entered data only once every festival is entered.</translation>
    </message>
    <message>
        <location filename="../../ui/admin/holidays_tab.py" line="260"/>
        <source>删除本年录入</source>
        <translation>Delete this year&apos;s entry</translation>
    </message>
    <message>
        <location filename="../../ui/admin/holidays_tab.py" line="261"/>
        <source>删除 %1 年录入的放假安排？相关期限将重新计算。</source>
        <translation>Delete the holiday arrangements entered for %1? The related deadlines will be recalculated.</translation>
    </message>
    <message>
        <location filename="../../ui/admin/holidays_tab.py" line="269"/>
        <location filename="../../ui/admin/holidays_tab.py" line="278"/>
        <location filename="../../ui/admin/holidays_tab.py" line="287"/>
        <source>导入放假安排</source>
        <translation>Import holiday arrangements</translation>
    </message>
    <message>
        <location filename="../../ui/admin/holidays_tab.py" line="270"/>
        <source>文本或 CSV 文件 (*.txt *.csv);;所有文件 (*)</source>
        <translation>Text or CSV files (*.txt *.csv);;All files (*)</translation>
    </message>
    <message>
        <location filename="../../ui/admin/holidays_tab.py" line="278"/>
        <source>无法读取文件：%1</source>
        <translation>Cannot read the file: %1</translation>
    </message>
    <message>
        <location filename="../../ui/admin/holidays_tab.py" line="287"/>
        <source>文件有误：%1</source>
        <translation>Faulty file: %1</translation>
    </message>
    <message>
        <location filename="../../ui/admin/holidays_tab.py" line="292"/>
        <source>已保存。已重新计算 %1 个未结案件的期限，其中 %2 个期限发生变化。</source>
        <translation>Saved. The deadlines of %1 open cases were recalculated; %2 deadlines changed.</translation>
    </message>
    <message>
        <location filename="../../ui/admin/holidays_tab.py" line="296"/>
        <source>已导入 %1 年。</source>
        <translation>%1 imported.</translation>
    </message>
</context>
<context>
    <name>IdentifyDialog</name>
    <message>
        <location filename="../../ui/credit/identify_dialog.py" line="33"/>
        <source>失信认定 — %1</source>
        <translation>Credit identification — %1</translation>
    </message>
    <message>
        <location filename="../../ui/credit/identify_dialog.py" line="34"/>
        <source>当事人(&amp;P)：</source>
        <translation>&amp;Party:</translation>
    </message>
    <message>
        <location filename="../../ui/credit/identify_dialog.py" line="38"/>
        <source>失信行为(&amp;G)：</source>
        <translation>Untrustworthy conduct: (&amp;G)</translation>
    </message>
    <message>
        <location filename="../../ui/credit/identify_dialog.py" line="41"/>
        <source>认定事实(&amp;F)：</source>
        <translation>&amp;Facts found:</translation>
    </message>
    <message>
        <location filename="../../ui/credit/identify_dialog.py" line="44"/>
        <source>告知书签发人(&amp;S)：</source>
        <translation>Notice &amp;signed by:</translation>
    </message>
    <message>
        <location filename="../../ui/credit/identify_dialog.py" line="54"/>
        <source>（请选择）</source>
        <translation>(please choose)</translation>
    </message>
</context>
<context>
    <name>IntakeCaseDialog</name>
    <message>
        <location filename="../../ui/intake/case_dialog.py" line="52"/>
        <source>登记为行政裁决案件 — %1</source>
        <translation>Register as an adjudication case — %1</translation>
    </message>
    <message>
        <location filename="../../ui/intake/case_dialog.py" line="53"/>
        <source>登记为案件(&amp;S)</source>
        <translation>&amp;Register as a case</translation>
    </message>
</context>
<context>
    <name>IntakeDetailPanel</name>
    <message>
        <location filename="../../ui/intake/detail.py" line="101"/>
        <source>分流处理(&amp;D)…</source>
        <translation>&amp;Route…</translation>
    </message>
    <message>
        <location filename="../../ui/intake/detail.py" line="103"/>
        <source>修改登记(&amp;E)…</source>
        <translation>&amp;Edit entry…</translation>
    </message>
    <message>
        <location filename="../../ui/intake/detail.py" line="104"/>
        <source>确定程序(&amp;P)…</source>
        <translation>Set the &amp;procedure…</translation>
    </message>
    <message>
        <location filename="../../ui/intake/detail.py" line="105"/>
        <source>收到补正材料…</source>
        <translation>Completing materials received…</translation>
    </message>
    <message>
        <location filename="../../ui/intake/detail.py" line="106"/>
        <source>延长立案审查期限…</source>
        <translation>Extend the registration review period…</translation>
    </message>
    <message>
        <location filename="../../ui/intake/detail.py" line="107"/>
        <source>收到请求书，转为处理请求…</source>
        <translation>Request received: convert to a request for handling…</translation>
    </message>
    <message>
        <location filename="../../ui/intake/detail.py" line="108"/>
        <source>告知举报人…</source>
        <translation>Inform the reporter…</translation>
    </message>
    <message>
        <location filename="../../ui/intake/detail.py" line="109"/>
        <source>打开案件(&amp;O)</source>
        <translation>&amp;Open case</translation>
    </message>
    <message>
        <location filename="../../ui/intake/detail.py" line="110"/>
        <source>打开调解案件(&amp;M)</source>
        <translation>Open &amp;mediation case</translation>
    </message>
    <message>
        <location filename="../../ui/intake/detail.py" line="111"/>
        <source>添加附件…</source>
        <translation>Add attachment…</translation>
    </message>
    <message>
        <location filename="../../ui/intake/detail.py" line="137"/>
        <source>编号/案号</source>
        <translation>Number/case number</translation>
    </message>
    <message>
        <location filename="../../ui/intake/detail.py" line="137"/>
        <source>被请求人</source>
        <translation>Respondent</translation>
    </message>
    <message>
        <location filename="../../ui/intake/detail.py" line="137"/>
        <location filename="../../ui/intake/detail.py" line="276"/>
        <source>专利号</source>
        <translation>Patent number</translation>
    </message>
    <message>
        <location filename="../../ui/intake/detail.py" line="138"/>
        <source>状态</source>
        <translation>State</translation>
    </message>
    <message>
        <location filename="../../ui/intake/detail.py" line="138"/>
        <source>提示</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../ui/intake/detail.py" line="156"/>
        <source>时间</source>
        <translation>Time</translation>
    </message>
    <message>
        <location filename="../../ui/intake/detail.py" line="156"/>
        <source>操作人</source>
        <translation>Operator</translation>
    </message>
    <message>
        <location filename="../../ui/intake/detail.py" line="156"/>
        <location filename="../../ui/intake/detail.py" line="275"/>
        <source>事项</source>
        <translation>Matter</translation>
    </message>
    <message>
        <location filename="../../ui/intake/detail.py" line="157"/>
        <location filename="../../ui/intake/detail.py" line="295"/>
        <source>详情</source>
        <translation>Details</translation>
    </message>
    <message>
        <location filename="../../ui/intake/detail.py" line="168"/>
        <source>打开</source>
        <translation>Open</translation>
    </message>
    <message>
        <location filename="../../ui/intake/detail.py" line="169"/>
        <source>删除</source>
        <translation>Delete</translation>
    </message>
    <message>
        <location filename="../../ui/intake/detail.py" line="176"/>
        <source>概况</source>
        <translation>Overview</translation>
    </message>
    <message>
        <location filename="../../ui/intake/detail.py" line="176"/>
        <location filename="../../ui/intake/detail.py" line="315"/>
        <source>相关事项</source>
        <translation>Related matters</translation>
    </message>
    <message>
        <location filename="../../ui/intake/detail.py" line="177"/>
        <source>期限</source>
        <translation>Deadline</translation>
    </message>
    <message>
        <location filename="../../ui/intake/detail.py" line="177"/>
        <source>时间线</source>
        <translation>Timeline</translation>
    </message>
    <message>
        <location filename="../../ui/intake/detail.py" line="178"/>
        <source>附件</source>
        <translation>Attachments</translation>
    </message>
    <message>
        <location filename="../../ui/intake/detail.py" line="178"/>
        <source>文书</source>
        <translation>Documents</translation>
    </message>
    <message>
        <location filename="../../ui/intake/detail.py" line="218"/>
        <source>重复侵权：%1</source>
        <translation>Repeat infringement: %1</translation>
    </message>
    <message>
        <location filename="../../ui/intake/detail.py" line="218"/>
        <source>未立案</source>
        <translation>Not registered</translation>
    </message>
    <message>
        <location filename="../../ui/intake/detail.py" line="221"/>
        <source>%1&#x3000;%2&#x3000;%3 收到&#x3000;承办人：%4&#x3000;程序：%5</source>
        <translation>%1&#x3000;%2&#x3000;received %3&#x3000;Officer: %4&#x3000;Procedure: %5</translation>
    </message>
    <message>
        <location filename="../../ui/intake/detail.py" line="225"/>
        <source>未分配</source>
        <translation>Unassigned</translation>
    </message>
    <message>
        <location filename="../../ui/intake/detail.py" line="226"/>
        <source>未定</source>
        <translation>Undecided</translation>
    </message>
    <message>
        <location filename="../../ui/intake/detail.py" line="263"/>
        <source>（匿名）</source>
        <translation>(anonymous)</translation>
    </message>
    <message>
        <location filename="../../ui/intake/detail.py" line="264"/>
        <source>来件</source>
        <translation>Incoming</translation>
    </message>
    <message>
        <location filename="../../ui/intake/detail.py" line="265"/>
        <source>来件人</source>
        <translation>Sender</translation>
    </message>
    <message>
        <location filename="../../ui/intake/detail.py" line="265"/>
        <source>主体类型</source>
        <translation>Entity type</translation>
    </message>
    <message>
        <location filename="../../ui/intake/detail.py" line="266"/>
        <location filename="../../ui/intake/detail.py" line="271"/>
        <source>统一社会信用代码</source>
        <translation>Unified social credit code</translation>
    </message>
    <message>
        <location filename="../../ui/intake/detail.py" line="267"/>
        <source>联系方式</source>
        <translation>Contact</translation>
    </message>
    <message>
        <location filename="../../ui/intake/detail.py" line="268"/>
        <source>移送机关</source>
        <translation>Transferring office</translation>
    </message>
    <message>
        <location filename="../../ui/intake/detail.py" line="268"/>
        <source>登记人</source>
        <translation>Recorded by</translation>
    </message>
    <message>
        <location filename="../../ui/intake/detail.py" line="270"/>
        <source>对象 %1</source>
        <translation>Subject %1</translation>
    </message>
    <message>
        <location filename="../../ui/intake/detail.py" line="271"/>
        <source>名称</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../ui/intake/detail.py" line="272"/>
        <source>地址</source>
        <translation>Address</translation>
    </message>
    <message>
        <location filename="../../ui/intake/detail.py" line="272"/>
        <source>网店链接</source>
        <translation>Shop link</translation>
    </message>
    <message>
        <location filename="../../ui/intake/detail.py" line="272"/>
        <source>展位号</source>
        <translation>Booth number</translation>
    </message>
    <message>
        <location filename="../../ui/intake/detail.py" line="273"/>
        <source>涉外/港澳台</source>
        <translation>Foreign / HK, Macao, Taiwan</translation>
    </message>
    <message>
        <location filename="../../ui/intake/detail.py" line="273"/>
        <source>电商</source>
        <translation>E-commerce</translation>
    </message>
    <message>
        <location filename="../../ui/intake/detail.py" line="274"/>
        <source>展会</source>
        <translation>Trade fair</translation>
    </message>
    <message>
        <location filename="../../ui/intake/detail.py" line="276"/>
        <source>专利名称</source>
        <translation>Patent title</translation>
    </message>
    <message>
        <location filename="../../ui/intake/detail.py" line="277"/>
        <source>专利权人</source>
        <translation>Patentee</translation>
    </message>
    <message>
        <location filename="../../ui/intake/detail.py" line="278"/>
        <source>评价报告</source>
        <translation>Evaluation report</translation>
    </message>
    <message>
        <location filename="../../ui/intake/detail.py" line="278"/>
        <source>已提交</source>
        <translation>Submitted</translation>
    </message>
    <message>
        <location filename="../../ui/intake/detail.py" line="279"/>
        <source>涉案产品</source>
        <translation>Product in suit</translation>
    </message>
    <message>
        <location filename="../../ui/intake/detail.py" line="279"/>
        <source>情况描述</source>
        <translation>Description</translation>
    </message>
    <message>
        <location filename="../../ui/intake/detail.py" line="279"/>
        <source>标记</source>
        <translation>Flags</translation>
    </message>
    <message>
        <location filename="../../ui/intake/detail.py" line="281"/>
        <source>程序（繁简分流）</source>
        <translation>Procedure (simple/complex routing)</translation>
    </message>
    <message>
        <location filename="../../ui/intake/detail.py" line="282"/>
        <source>规则建议</source>
        <translation>Rule suggestion</translation>
    </message>
    <message>
        <location filename="../../ui/intake/detail.py" line="283"/>
        <location filename="../../ui/intake/detail.py" line="362"/>
        <source>采用</source>
        <translation>Use</translation>
    </message>
    <message>
        <location filename="../../ui/intake/detail.py" line="283"/>
        <source>尚未确定</source>
        <translation>Not yet determined</translation>
    </message>
    <message>
        <location filename="../../ui/intake/detail.py" line="284"/>
        <location filename="../../ui/intake/detail.py" line="372"/>
        <source>理由</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location filename="../../ui/intake/detail.py" line="285"/>
        <source>补正</source>
        <translation>Completion</translation>
    </message>
    <message>
        <location filename="../../ui/intake/detail.py" line="286"/>
        <source>需补正事项</source>
        <translation>Items to complete</translation>
    </message>
    <message>
        <location filename="../../ui/intake/detail.py" line="287"/>
        <location filename="../../ui/intake/detail.py" line="382"/>
        <source>告知日期</source>
        <translation>Date informed</translation>
    </message>
    <message>
        <location filename="../../ui/intake/detail.py" line="288"/>
        <source>补正期限</source>
        <translation>Completion period</translation>
    </message>
    <message>
        <location filename="../../ui/intake/detail.py" line="289"/>
        <location filename="../../ui/intake/detail.py" line="368"/>
        <source>收到补正材料</source>
        <translation>Completing materials received</translation>
    </message>
    <message>
        <location filename="../../ui/intake/detail.py" line="290"/>
        <source>处理结果</source>
        <translation>Outcome</translation>
    </message>
    <message>
        <location filename="../../ui/intake/detail.py" line="291"/>
        <source>结果</source>
        <translation>Result</translation>
    </message>
    <message>
        <location filename="../../ui/intake/detail.py" line="292"/>
        <source>决定日期</source>
        <translation>Decision date</translation>
    </message>
    <message>
        <location filename="../../ui/intake/detail.py" line="293"/>
        <source>案号</source>
        <translation>Case number</translation>
    </message>
    <message>
        <location filename="../../ui/intake/detail.py" line="293"/>
        <location filename="../../ui/intake/detail.py" line="294"/>
        <source>（未立案）</source>
        <translation>(not registered)</translation>
    </message>
    <message>
        <location filename="../../ui/intake/detail.py" line="294"/>
        <source>调解案件</source>
        <translation>Mediation cases</translation>
    </message>
    <message>
        <location filename="../../ui/intake/detail.py" line="296"/>
        <location filename="../../ui/intake/detail.py" line="377"/>
        <source>转为处理请求</source>
        <translation>Convert to a request for handling</translation>
    </message>
    <message>
        <location filename="../../ui/intake/detail.py" line="297"/>
        <source>立案审查期限</source>
        <translation>Registration review period</translation>
    </message>
    <message>
        <location filename="../../ui/intake/detail.py" line="297"/>
        <source>已延长5个工作日</source>
        <translation>Extended by 5 working days</translation>
    </message>
    <message>
        <location filename="../../ui/intake/detail.py" line="298"/>
        <location filename="../../ui/intake/detail.py" line="382"/>
        <source>告知举报人</source>
        <translation>Inform the reporter</translation>
    </message>
    <message>
        <location filename="../../ui/intake/detail.py" line="306"/>
        <source>信用代码相同</source>
        <translation>Same credit code</translation>
    </message>
    <message>
        <location filename="../../ui/intake/detail.py" line="306"/>
        <source>名称相同</source>
        <translation>Same name</translation>
    </message>
    <message>
        <location filename="../../ui/intake/detail.py" line="307"/>
        <source>重复侵权</source>
        <translation>Repeat infringement</translation>
    </message>
    <message>
        <location filename="../../ui/intake/detail.py" line="308"/>
        <source>未立案案件</source>
        <translation>Cases not registered</translation>
    </message>
    <message>
        <location filename="../../ui/intake/detail.py" line="314"/>
        <source>相关事项（%1）</source>
        <translation>Related matters (%1)</translation>
    </message>
    <message>
        <location filename="../../ui/intake/detail.py" line="360"/>
        <source>规则建议：%1%2</source>
        <translation>Rule suggests: %1%2</translation>
    </message>
    <message>
        <location filename="../../ui/intake/detail.py" line="362"/>
        <source>确定程序</source>
        <translation>Set the procedure</translation>
    </message>
    <message>
        <location filename="../../ui/intake/detail.py" line="364"/>
        <source>理由（不采纳建议时必填）</source>
        <translation>Reason (required when not following the suggestion)</translation>
    </message>
    <message>
        <location filename="../../ui/intake/detail.py" line="368"/>
        <source>收到日期</source>
        <translation>Date received</translation>
    </message>
    <message>
        <location filename="../../ui/intake/detail.py" line="372"/>
        <source>延长立案审查期限</source>
        <translation>Extend the registration review period</translation>
    </message>
    <message>
        <location filename="../../ui/intake/detail.py" line="374"/>
        <source>特别复杂或有特殊情况的，经部门负责人批准可延长5个工作日（办法第二十条）。</source>
        <translation>In particularly complex or special cases, the department head may approve an extension of 5 working days (Measures art. 20).</translation>
    </message>
    <message>
        <location filename="../../ui/intake/detail.py" line="377"/>
        <source>收到请求书日期</source>
        <translation>Date the request was received</translation>
    </message>
    <message>
        <location filename="../../ui/intake/detail.py" line="379"/>
        <source>投诉人提交了正式的处理请求书：本事项改为处理请求，立案审查期限自收到请求书之日起计算。</source>
        <translation>The complainant has filed a formal request for handling: this matter becomes a request for handling, and the registration review period runs from receipt of the request.</translation>
    </message>
    <message>
        <location filename="../../ui/intake/detail.py" line="383"/>
        <source>告知方式</source>
        <translation>How informed</translation>
    </message>
    <message>
        <location filename="../../ui/intake/detail.py" line="383"/>
        <source>电话</source>
        <translation>Telephone</translation>
    </message>
    <message>
        <location filename="../../ui/intake/detail.py" line="388"/>
        <source>选择附件</source>
        <translation>Choose attachments</translation>
    </message>
    <message>
        <location filename="../../ui/intake/detail.py" line="419"/>
        <source>删除附件</source>
        <translation>Delete attachment</translation>
    </message>
    <message>
        <location filename="../../ui/intake/detail.py" line="419"/>
        <source>删除附件“%1”？</source>
        <translation>Delete the attachment &quot;%1&quot;?</translation>
    </message>
</context>
<context>
    <name>IntakeEntryDialog</name>
    <message>
        <location filename="../../ui/intake/entry_dialog.py" line="45"/>
        <source>修改收案登记 — %1</source>
        <translation>Edit intake entry — %1</translation>
    </message>
    <message>
        <location filename="../../ui/intake/entry_dialog.py" line="46"/>
        <source>收案登记</source>
        <translation>Intake entries</translation>
    </message>
    <message>
        <location filename="../../ui/intake/entry_dialog.py" line="64"/>
        <source>保存(&amp;S)</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <location filename="../../ui/intake/entry_dialog.py" line="66"/>
        <source>保存并登记下一件(&amp;W)</source>
        <translation>Save and register the next one (&amp;W)</translation>
    </message>
    <message>
        <location filename="../../ui/intake/entry_dialog.py" line="131"/>
        <source>同一专利、同一被请求人已有 %1 件记录：</source>
        <translation>%1 records exist for the same patent and respondent:</translation>
    </message>
    <message>
        <location filename="../../ui/intake/entry_dialog.py" line="136"/>
        <source>⚠ 重复侵权：被请求人已被裁决认定侵犯同一专利权（%1）</source>
        <translation>⚠ Repeat infringement: the respondent has been found by a ruling to infringe the same patent (%1)</translation>
    </message>
    <message>
        <location filename="../../ui/intake/entry_dialog.py" line="182"/>
        <source>已登记 %1，请继续登记下一件。</source>
        <translation>%1 registered; go on with the next one.</translation>
    </message>
    <message>
        <location filename="../../ui/intake/entry_dialog.py" line="160"/>
        <source>此登记已被他人修改</source>
        <translation>This entry was changed by someone else</translation>
    </message>
</context>
<context>
    <name>IntakeFilterBar</name>
    <message>
        <location filename="../../ui/intake/filter_bar.py" line="25"/>
        <source>搜索：收案编号、来件人、对象名称或信用代码、专利号、产品、展位</source>
        <translation>Search: intake number, sender, subject name or credit code, patent number, product, booth</translation>
    </message>
    <message>
        <location filename="../../ui/intake/filter_bar.py" line="28"/>
        <source>待处理（含补正中）</source>
        <translation>Pending (including awaiting completion)</translation>
    </message>
    <message>
        <location filename="../../ui/intake/filter_bar.py" line="29"/>
        <source>已处理</source>
        <translation>Handled</translation>
    </message>
    <message>
        <location filename="../../ui/intake/filter_bar.py" line="30"/>
        <source>全部状态</source>
        <translation>All states</translation>
    </message>
    <message>
        <location filename="../../ui/intake/filter_bar.py" line="35"/>
        <source>全部事项</source>
        <translation>All matters</translation>
    </message>
    <message>
        <location filename="../../ui/intake/filter_bar.py" line="40"/>
        <source>全部渠道</source>
        <translation>All channels</translation>
    </message>
    <message>
        <location filename="../../ui/intake/filter_bar.py" line="47"/>
        <source>收到日期</source>
        <translation>Date received</translation>
    </message>
    <message>
        <location filename="../../ui/intake/filter_bar.py" line="50"/>
        <source>重复侵权</source>
        <translation>Repeat infringement</translation>
    </message>
    <message>
        <location filename="../../ui/intake/filter_bar.py" line="51"/>
        <source>匿名</source>
        <translation>Anonymous</translation>
    </message>
    <message>
        <location filename="../../ui/intake/filter_bar.py" line="59"/>
        <source>清除筛选(&amp;R)</source>
        <translation>Clea&amp;r filter</translation>
    </message>
</context>
<context>
    <name>IntakeForm</name>
    <message>
        <location filename="../../ui/intake/form.py" line="70"/>
        <source>事项/渠道/收到时间：</source>
        <translation>Matter/channel/received:</translation>
    </message>
    <message>
        <location filename="../../ui/intake/form.py" line="72"/>
        <source>匿名举报(&amp;A)</source>
        <translation>&amp;Anonymous report</translation>
    </message>
    <message>
        <location filename="../../ui/intake/form.py" line="74"/>
        <source>来件人（请求人、投诉举报人）名称或姓名</source>
        <translation>Name of the sender (requester, complainant or reporter)</translation>
    </message>
    <message>
        <location filename="../../ui/intake/form.py" line="82"/>
        <source>来件人：</source>
        <translation>Sender:</translation>
    </message>
    <message>
        <location filename="../../ui/intake/form.py" line="84"/>
        <source>单位来件时填写统一社会信用代码</source>
        <translation>For mail from an organisation, enter its unified social credit code</translation>
    </message>
    <message>
        <location filename="../../ui/intake/form.py" line="85"/>
        <source>统一社会信用代码：</source>
        <translation>Unified social credit code:</translation>
    </message>
    <message>
        <location filename="../../ui/intake/form.py" line="87"/>
        <source>电话</source>
        <translation>Telephone</translation>
    </message>
    <message>
        <location filename="../../ui/intake/form.py" line="89"/>
        <source>地址</source>
        <translation>Address</translation>
    </message>
    <message>
        <location filename="../../ui/intake/form.py" line="93"/>
        <source>联系方式：</source>
        <translation>Contact:</translation>
    </message>
    <message>
        <location filename="../../ui/intake/form.py" line="95"/>
        <source>移送的部门或地区</source>
        <translation>Department or region transferred to</translation>
    </message>
    <message>
        <location filename="../../ui/intake/form.py" line="96"/>
        <source>移送机关：</source>
        <translation>Transferring office:</translation>
    </message>
    <message>
        <location filename="../../ui/intake/form.py" line="98"/>
        <source>对象/被请求人：</source>
        <translation>Subject/respondent:</translation>
    </message>
    <message>
        <location filename="../../ui/intake/form.py" line="102"/>
        <source>专利号，多个用逗号分开，如 ZL202121234567.X</source>
        <translation>Patent numbers, separated by commas, e.g. ZL202121234567.X</translation>
    </message>
    <message>
        <location filename="../../ui/intake/form.py" line="104"/>
        <source>专利号：</source>
        <translation>Patent number:</translation>
    </message>
    <message>
        <location filename="../../ui/intake/form.py" line="108"/>
        <source>（同来件人时可不填）</source>
        <translation>(may be left empty if the same as the sender)</translation>
    </message>
    <message>
        <location filename="../../ui/intake/form.py" line="109"/>
        <source>专利名称：</source>
        <translation>Patent title:</translation>
    </message>
    <message>
        <location filename="../../ui/intake/form.py" line="110"/>
        <source>专利权人：</source>
        <translation>Patentee:</translation>
    </message>
    <message>
        <location filename="../../ui/intake/form.py" line="111"/>
        <source>已提交专利权评价报告（实用新型、外观设计）</source>
        <translation>Patent evaluation report submitted (utility model, design)</translation>
    </message>
    <message>
        <location filename="../../ui/intake/form.py" line="114"/>
        <source>涉案产品：</source>
        <translation>Product in suit:</translation>
    </message>
    <message>
        <location filename="../../ui/intake/form.py" line="118"/>
        <source>请求事项、投诉举报的事实，或咨询的问题</source>
        <translation>The claims, the facts complained of, or the question asked</translation>
    </message>
    <message>
        <location filename="../../ui/intake/form.py" line="119"/>
        <source>情况描述：</source>
        <translation>Description:</translation>
    </message>
    <message>
        <location filename="../../ui/intake/form.py" line="120"/>
        <source>涉外/港澳台</source>
        <translation>Foreign / HK, Macao, Taiwan</translation>
    </message>
    <message>
        <location filename="../../ui/intake/form.py" line="121"/>
        <source>电商</source>
        <translation>E-commerce</translation>
    </message>
    <message>
        <location filename="../../ui/intake/form.py" line="122"/>
        <source>展会</source>
        <translation>Trade fair</translation>
    </message>
    <message>
        <location filename="../../ui/intake/form.py" line="127"/>
        <source>标记：</source>
        <translation>Flags:</translation>
    </message>
    <message>
        <location filename="../../ui/intake/form.py" line="130"/>
        <location filename="../../ui/intake/form.py" line="166"/>
        <source>（暂不分配）</source>
        <translation>(not assigned yet)</translation>
    </message>
    <message>
        <location filename="../../ui/intake/form.py" line="131"/>
        <source>承办人：</source>
        <translation>Officer in charge:</translation>
    </message>
    <message>
        <location filename="../../ui/intake/form.py" line="135"/>
        <source>添加附件(&amp;F)…</source>
        <translation>Add attachment… (&amp;F)</translation>
    </message>
    <message>
        <location filename="../../ui/intake/form.py" line="137"/>
        <source>移除</source>
        <translation>Remove</translation>
    </message>
    <message>
        <location filename="../../ui/intake/form.py" line="147"/>
        <source>附件：</source>
        <translation>Attachments:</translation>
    </message>
    <message>
        <location filename="../../ui/intake/form.py" line="312"/>
        <source>✓ %1 %2</source>
        <translation>✓ %1 %2</translation>
    </message>
    <message>
        <location filename="../../ui/intake/form.py" line="327"/>
        <source>选择附件</source>
        <translation>Choose attachments</translation>
    </message>
</context>
<context>
    <name>IntakeLettersBox</name>
    <message>
        <location filename="../../ui/intake/letters_list.py" line="28"/>
        <source>文书</source>
        <translation>Documents</translation>
    </message>
    <message>
        <location filename="../../ui/intake/letters_list.py" line="28"/>
        <source>文号</source>
        <translation>Document number</translation>
    </message>
    <message>
        <location filename="../../ui/intake/letters_list.py" line="28"/>
        <source>接收机关</source>
        <translation>Receiving office</translation>
    </message>
    <message>
        <location filename="../../ui/intake/letters_list.py" line="28"/>
        <source>签发时间</source>
        <translation>Issued at</translation>
    </message>
    <message>
        <location filename="../../ui/intake/letters_list.py" line="29"/>
        <source>签发人</source>
        <translation>Signatory</translation>
    </message>
    <message>
        <location filename="../../ui/intake/letters_list.py" line="29"/>
        <source>页数</source>
        <translation>Pages</translation>
    </message>
    <message>
        <location filename="../../ui/intake/letters_list.py" line="33"/>
        <source>预览/打印(&amp;V)</source>
        <translation>Pre&amp;view/print</translation>
    </message>
    <message>
        <location filename="../../ui/intake/letters_list.py" line="34"/>
        <source>用 Word/WPS 打开(&amp;W)</source>
        <translation>Open in &amp;Word/WPS</translation>
    </message>
    <message>
        <location filename="../../ui/intake/letters_list.py" line="35"/>
        <source>另存为(&amp;S)…</source>
        <translation>&amp;Save as…</translation>
    </message>
    <message>
        <location filename="../../ui/intake/letters_list.py" line="75"/>
        <source>已签发的文书不能修改。</source>
        <translation>An issued document cannot be changed.</translation>
    </message>
    <message>
        <location filename="../../ui/intake/letters_list.py" line="85"/>
        <source>另存为</source>
        <translation>Save as</translation>
    </message>
    <message>
        <location filename="../../ui/intake/letters_list.py" line="85"/>
        <source>PDF (*.pdf);;Word (*.docx)</source>
        <translation>PDF (*.pdf);;Word (*.docx)</translation>
    </message>
</context>
<context>
    <name>IntakeMediationDialog</name>
    <message>
        <location filename="../../ui/intake/mediation_dialog.py" line="25"/>
        <source>登记为调解案件 — %1</source>
        <translation>Register as a mediation case — %1</translation>
    </message>
    <message>
        <location filename="../../ui/intake/mediation_dialog.py" line="26"/>
        <source>登记为调解案件(&amp;S)</source>
        <translation>&amp;Register as a mediation case</translation>
    </message>
</context>
<context>
    <name>IntakeTableModel</name>
    <message>
        <location filename="../../ui/intake/table_model.py" line="73"/>
        <source>收案编号</source>
        <translation>Intake number</translation>
    </message>
    <message>
        <location filename="../../ui/intake/table_model.py" line="76"/>
        <source>收到时间</source>
        <translation>Time received</translation>
    </message>
    <message>
        <location filename="../../ui/intake/table_model.py" line="78"/>
        <source>事项</source>
        <translation>Matter</translation>
    </message>
    <message>
        <location filename="../../ui/intake/table_model.py" line="89"/>
        <source>渠道</source>
        <translation>Channel</translation>
    </message>
    <message>
        <location filename="../../ui/intake/table_model.py" line="92"/>
        <source>来件人</source>
        <translation>Sender</translation>
    </message>
    <message>
        <location filename="../../ui/intake/table_model.py" line="84"/>
        <source>对象/被请求人</source>
        <translation>Subject/respondent</translation>
    </message>
    <message>
        <location filename="../../ui/intake/table_model.py" line="94"/>
        <source>专利号</source>
        <translation>Patent number</translation>
    </message>
    <message>
        <location filename="../../ui/intake/table_model.py" line="80"/>
        <source>状态</source>
        <translation>State</translation>
    </message>
    <message>
        <location filename="../../ui/intake/table_model.py" line="82"/>
        <source>期限</source>
        <translation>Deadline</translation>
    </message>
    <message>
        <location filename="../../ui/intake/table_model.py" line="96"/>
        <source>程序</source>
        <translation>Procedure</translation>
    </message>
    <message>
        <location filename="../../ui/intake/table_model.py" line="99"/>
        <source>承办人</source>
        <translation>Officer in charge</translation>
    </message>
    <message>
        <location filename="../../ui/intake/table_model.py" line="86"/>
        <source>提示</source>
        <translation>Note</translation>
    </message>
</context>
<context>
    <name>IntakeTriageDialog</name>
    <message>
        <location filename="../../ui/intake/triage_dialog.py" line="63"/>
        <source>分流处理 — %1</source>
        <translation>Route — %1</translation>
    </message>
    <message>
        <location filename="../../ui/intake/triage_dialog.py" line="67"/>
        <source>%1&#x3000;%2&#x3000;对象：%3&#x3000;专利：%4</source>
        <translation>%1&#x3000;%2&#x3000;Subject: %3&#x3000;Patent: %4</translation>
    </message>
    <message>
        <location filename="../../ui/intake/triage_dialog.py" line="78"/>
        <source>程序（繁简分流）</source>
        <translation>Procedure (simple/complex routing)</translation>
    </message>
    <message>
        <location filename="../../ui/intake/triage_dialog.py" line="83"/>
        <source>规则建议：%1（%2）</source>
        <translation>Rule suggests: %1 (%2)</translation>
    </message>
    <message>
        <location filename="../../ui/intake/triage_dialog.py" line="84"/>
        <source>没有规则命中，建议：%1</source>
        <translation>No rule matched; suggested: %1</translation>
    </message>
    <message>
        <location filename="../../ui/intake/triage_dialog.py" line="94"/>
        <source>不采纳建议时须说明理由</source>
        <translation>Give a reason when not following the suggestion</translation>
    </message>
    <message>
        <location filename="../../ui/intake/triage_dialog.py" line="95"/>
        <source>采用：</source>
        <translation>Used:</translation>
    </message>
    <message>
        <location filename="../../ui/intake/triage_dialog.py" line="96"/>
        <location filename="../../ui/intake/triage_dialog.py" line="189"/>
        <source>理由：</source>
        <translation>Reason:</translation>
    </message>
    <message>
        <location filename="../../ui/intake/triage_dialog.py" line="102"/>
        <source>同一专利、同一被请求人的其他记录（%1）</source>
        <translation>Other records for the same patent and respondent (%1)</translation>
    </message>
    <message>
        <location filename="../../ui/intake/triage_dialog.py" line="109"/>
        <source>【重复侵权】</source>
        <translation>[Repeat infringement]</translation>
    </message>
    <message>
        <location filename="../../ui/intake/triage_dialog.py" line="117"/>
        <source>处理结果</source>
        <translation>Outcome</translation>
    </message>
    <message>
        <location filename="../../ui/intake/triage_dialog.py" line="138"/>
        <source>决定日期：</source>
        <translation>Decision date:</translation>
    </message>
    <message>
        <location filename="../../ui/intake/triage_dialog.py" line="148"/>
        <source>确定(&amp;O)</source>
        <translation>&amp;OK</translation>
    </message>
    <message>
        <location filename="../../ui/intake/triage_dialog.py" line="164"/>
        <source>点击“确定”后打开处理请求登记表，收案时填写的内容已经填入，核对、补充后登记。</source>
        <translation>&quot;OK&quot; opens the request registration form, already filled with what was entered at intake; check, complete and register.</translation>
    </message>
    <message>
        <location filename="../../ui/intake/triage_dialog.py" line="170"/>
        <source>每行一项，一次性列明全部需补正的事项</source>
        <translation>One item per line; list every item to complete at once</translation>
    </message>
    <message>
        <location filename="../../ui/intake/triage_dialog.py" line="172"/>
        <source>补正事项：</source>
        <translation>Items to complete:</translation>
    </message>
    <message>
        <location filename="../../ui/intake/triage_dialog.py" line="173"/>
        <source>补正期限：</source>
        <translation>Completion period:</translation>
    </message>
    <message>
        <location filename="../../ui/intake/triage_dialog.py" line="190"/>
        <location filename="../../ui/intake/triage_dialog.py" line="217"/>
        <source>说明：</source>
        <translation>Notes:</translation>
    </message>
    <message>
        <location filename="../../ui/intake/triage_dialog.py" line="198"/>
        <source>有管辖权的机关，如 某省知识产权局</source>
        <translation>The competent office, e.g. the provincial IP office</translation>
    </message>
    <message>
        <location filename="../../ui/intake/triage_dialog.py" line="200"/>
        <source>转交机关：</source>
        <translation>Transferred to:</translation>
    </message>
    <message>
        <location filename="../../ui/intake/triage_dialog.py" line="201"/>
        <source>转交理由：</source>
        <translation>Reason for the transfer:</translation>
    </message>
    <message>
        <location filename="../../ui/intake/triage_dialog.py" line="203"/>
        <source>市场监管综合执法机构</source>
        <translation>Market regulation enforcement unit</translation>
    </message>
    <message>
        <location filename="../../ui/intake/triage_dialog.py" line="205"/>
        <source>移交部门：</source>
        <translation>Handed over to:</translation>
    </message>
    <message>
        <location filename="../../ui/intake/triage_dialog.py" line="206"/>
        <source>线索说明：</source>
        <translation>Description of the lead:</translation>
    </message>
    <message>
        <location filename="../../ui/intake/triage_dialog.py" line="211"/>
        <source>请选择…</source>
        <translation>Please choose…</translation>
    </message>
    <message>
        <location filename="../../ui/intake/triage_dialog.py" line="216"/>
        <source>办结理由：</source>
        <translation>Reason for concluding:</translation>
    </message>
    <message>
        <location filename="../../ui/intake/triage_dialog.py" line="221"/>
        <source>点击“确定”后打开调解请求登记表，收案时填写的内容已经填入，选择调解事项类别、核对后登记。</source>
        <translation>&quot;OK&quot; opens the mediation request form, already filled with what was entered at intake; choose the mediation category, check and register.</translation>
    </message>
    <message>
        <location filename="../../ui/intake/triage_dialog.py" line="226"/>
        <source>调解事项（赔偿数额、权属、发明人资格、职务发明报酬等）</source>
        <translation>Matters to mediate (damages, ownership, inventor status, remuneration for service inventions, etc.)</translation>
    </message>
    <message>
        <location filename="../../ui/intake/triage_dialog.py" line="227"/>
        <source>调解事项：</source>
        <translation>Matters to mediate:</translation>
    </message>
</context>
<context>
    <name>IntakeView</name>
    <message>
        <location filename="../../ui/intake/section.py" line="42"/>
        <source>新登记(&amp;N)…  Ctrl+Shift+N</source>
        <translation>&amp;New entry…  Ctrl+Shift+N</translation>
    </message>
    <message>
        <location filename="../../ui/intake/section.py" line="73"/>
        <source>收案登记簿</source>
        <translation>Intake register</translation>
    </message>
    <message>
        <location filename="../../ui/intake/section.py" line="85"/>
        <source>登记簿</source>
        <translation>Register</translation>
    </message>
    <message>
        <location filename="../../ui/intake/section.py" line="86"/>
        <source>分流规则</source>
        <translation>Routing rules</translation>
    </message>
    <message>
        <location filename="../../ui/intake/section.py" line="171"/>
        <source>搜索：%1</source>
        <translation>Search: %1</translation>
    </message>
    <message>
        <location filename="../../ui/intake/section.py" line="173"/>
        <source>导出时间：%1</source>
        <translation>Exported: %1</translation>
    </message>
    <message>
        <location filename="../../ui/intake/section.py" line="113"/>
        <source>没有符合条件的事项</source>
        <translation>No matters match the filter</translation>
    </message>
    <message>
        <location filename="../../ui/intake/section.py" line="112"/>
        <source>没有找到与“%1”相符的事项</source>
        <translation>No matters match &quot;%1&quot;</translation>
    </message>
</context>
<context>
    <name>IssuedDocumentsModel</name>
    <message>
        <location filename="../../ui/documents/register_models.py" line="51"/>
        <source>案号</source>
        <translation>Case no.</translation>
    </message>
    <message>
        <location filename="../../ui/documents/register_models.py" line="52"/>
        <source>文书</source>
        <translation>Document</translation>
    </message>
    <message>
        <location filename="../../ui/documents/register_models.py" line="52"/>
        <source>文号</source>
        <translation>Document no.</translation>
    </message>
    <message>
        <location filename="../../ui/documents/register_models.py" line="53"/>
        <source>受送达人/对象</source>
        <translation>Addressee</translation>
    </message>
    <message>
        <location filename="../../ui/documents/register_models.py" line="54"/>
        <source>签发时间</source>
        <translation>Issued at</translation>
    </message>
    <message>
        <location filename="../../ui/documents/register_models.py" line="55"/>
        <source>签发人</source>
        <translation>Signed by</translation>
    </message>
    <message>
        <location filename="../../ui/documents/register_models.py" line="56"/>
        <source>制作人</source>
        <translation>Drafted by</translation>
    </message>
    <message>
        <location filename="../../ui/documents/register_models.py" line="57"/>
        <source>送达记录</source>
        <translation>Service record</translation>
    </message>
</context>
<context>
    <name>LaptopBanner</name>
    <message>
        <location filename="../../ui/sync/markers.py" line="47"/>
        <source>笔记本副本 · 外出办案自 %1</source>
        <translation>Laptop copy · out in the field since %1</translation>
    </message>
    <message>
        <location filename="../../ui/sync/markers.py" line="49"/>
        <source> 至 %1</source>
        <translation> to %1</translation>
    </message>
    <message>
        <location filename="../../ui/sync/markers.py" line="50"/>
        <source> · 待发送 %1 项</source>
        <translation> · %1 waiting to be sent</translation>
    </message>
    <message>
        <location filename="../../ui/sync/markers.py" line="52"/>
        <source> · 单位未执行 %1 项（见“外出办案”）</source>
        <translation> · %1 not applied by the office (see &quot;Field work&quot;)</translation>
    </message>
    <message>
        <location filename="../../ui/sync/markers.py" line="56"/>
        <source>本窗口使用的是从“%1”检出的笔记本副本，不是单位数据库。在这里所做的操作都记录下来，签入单位数据库（外出办案 › 签入到单位数据库，或导出签入包带回单位）后才成为单位的记录。</source>
        <translation>This window works on a laptop copy checked out from &quot;%1&quot;, not on the office database. Everything done here is recorded and becomes the office&apos;s record only after check-in (Field work › Check in to the office database, or export a check-in package and take it to the office).</translation>
    </message>
</context>
<context>
    <name>LaptopPage</name>
    <message>
        <location filename="../../ui/sync/pages.py" line="170"/>
        <source>序号</source>
        <translation>No.</translation>
    </message>
    <message>
        <location filename="../../ui/sync/pages.py" line="170"/>
        <source>时间</source>
        <translation>Time</translation>
    </message>
    <message>
        <location filename="../../ui/sync/pages.py" line="170"/>
        <source>操作</source>
        <translation>Operation</translation>
    </message>
    <message>
        <location filename="../../ui/sync/pages.py" line="170"/>
        <source>人员</source>
        <translation>User</translation>
    </message>
    <message>
        <location filename="../../ui/sync/pages.py" line="171"/>
        <source>状态</source>
        <translation>State</translation>
    </message>
    <message>
        <location filename="../../ui/sync/pages.py" line="171"/>
        <source>说明</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../ui/sync/pages.py" line="178"/>
        <source>至 %1</source>
        <translation>to %1</translation>
    </message>
    <message>
        <location filename="../../ui/sync/pages.py" line="180"/>
        <source>本机是笔记本副本“%1”：%2 的外出办案，自 %3 起%4；来自 %5。</source>
        <translation>This computer holds laptop copy &quot;%1&quot;: %2&apos;s field work since %3%4; from %5.</translation>
    </message>
    <message>
        <location filename="../../ui/sync/pages.py" line="183"/>
        <source>上次签入：%1。</source>
        <translation>Last check-in: %1.</translation>
    </message>
    <message>
        <location filename="../../ui/sync/pages.py" line="184"/>
        <source>尚未签入。</source>
        <translation>Not checked in yet.</translation>
    </message>
    <message>
        <location filename="../../ui/sync/pages.py" line="187"/>
        <source>操作记录：</source>
        <translation>Operations:</translation>
    </message>
    <message>
        <location filename="../../ui/sync/pages.py" line="187"/>
        <source>暂无</source>
        <translation>None yet</translation>
    </message>
    <message>
        <location filename="../../ui/sync/pages.py" line="188"/>
        <source>%1 %2 年第 %3–%4 号（余 %5 个）</source>
        <translation>%1 %2 nos. %3–%4 (%5 left)</translation>
    </message>
    <message>
        <location filename="../../ui/sync/pages.py" line="191"/>
        <source>预留文号：</source>
        <translation>Reserved document numbers:</translation>
    </message>
    <message>
        <location filename="../../ui/sync/pages.py" line="191"/>
        <source>无（在笔记本上出具需要文号的文书，须在检出时预留）</source>
        <translation>None (documents that need a number on the laptop need numbers reserved at check-out)</translation>
    </message>
</context>
<context>
    <name>LedgerImportsDialog</name>
    <message>
        <location filename="../../ui/ledger/imports_dialog.py" line="27"/>
        <source>台账导入记录</source>
        <translation>Ledger imports</translation>
    </message>
    <message>
        <location filename="../../ui/ledger/imports_dialog.py" line="30"/>
        <source>编号</source>
        <translation>No.</translation>
    </message>
    <message>
        <location filename="../../ui/ledger/imports_dialog.py" line="30"/>
        <source>导入时间</source>
        <translation>Imported at</translation>
    </message>
    <message>
        <location filename="../../ui/ledger/imports_dialog.py" line="30"/>
        <source>文件</source>
        <translation>File</translation>
    </message>
    <message>
        <location filename="../../ui/ledger/imports_dialog.py" line="30"/>
        <source>导入人</source>
        <translation>Imported by</translation>
    </message>
    <message>
        <location filename="../../ui/ledger/imports_dialog.py" line="31"/>
        <source>数据行</source>
        <translation>Data rows</translation>
    </message>
    <message>
        <location filename="../../ui/ledger/imports_dialog.py" line="31"/>
        <source>新建</source>
        <translation>Created</translation>
    </message>
    <message>
        <location filename="../../ui/ledger/imports_dialog.py" line="31"/>
        <source>合并</source>
        <translation>Merged</translation>
    </message>
    <message>
        <location filename="../../ui/ledger/imports_dialog.py" line="31"/>
        <source>跳过</source>
        <translation>Skip</translation>
    </message>
    <message>
        <location filename="../../ui/ledger/imports_dialog.py" line="32"/>
        <source>未导入</source>
        <translation>Not imported</translation>
    </message>
    <message>
        <location filename="../../ui/ledger/imports_dialog.py" line="32"/>
        <source>状态</source>
        <translation>State</translation>
    </message>
    <message>
        <location filename="../../ui/ledger/imports_dialog.py" line="39"/>
        <source>导入台账(&amp;L)…</source>
        <translation>Import &amp;ledger…</translation>
    </message>
    <message>
        <location filename="../../ui/ledger/imports_dialog.py" line="40"/>
        <source>撤销这次导入(&amp;U)</source>
        <translation>&amp;Undo this import</translation>
    </message>
    <message>
        <location filename="../../ui/ledger/imports_dialog.py" line="43"/>
        <source>关闭</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../ui/ledger/imports_dialog.py" line="64"/>
        <source>本局还没有导入过台账。</source>
        <translation>This office has not imported a ledger yet.</translation>
    </message>
    <message>
        <location filename="../../ui/ledger/imports_dialog.py" line="78"/>
        <source>撤销第 %1 次导入（%2）：删除它新建的 %3 件案件，合并的 %4 件恢复原样。确定吗？</source>
        <translation>Undo import no. %1 (%2): delete the %3 cases it created and restore the %4 it merged. Continue?</translation>
    </message>
    <message>
        <location filename="../../ui/ledger/imports_dialog.py" line="81"/>
        <source>撤销导入</source>
        <translation>Undo import</translation>
    </message>
    <message>
        <location filename="../../ui/ledger/imports_dialog.py" line="91"/>
        <source>已撤销第 %1 次导入：删除 %2 件，恢复 %3 件。</source>
        <translation>Import no. %1 undone: %2 cases deleted, %3 restored.</translation>
    </message>
</context>
<context>
    <name>LedgerWizard</name>
    <message>
        <location filename="../../ui/ledger/wizard.py" line="54"/>
        <location filename="../../ui/ledger/wizard.py" line="384"/>
        <location filename="../../ui/ledger/wizard.py" line="397"/>
        <source>导入台账</source>
        <translation>Import ledger</translation>
    </message>
    <message>
        <location filename="../../ui/ledger/wizard.py" line="81"/>
        <source>上一步(&amp;B)</source>
        <translation>&amp;Back</translation>
    </message>
    <message>
        <location filename="../../ui/ledger/wizard.py" line="82"/>
        <source>下一步(&amp;N)</source>
        <translation>&amp;Next</translation>
    </message>
    <message>
        <location filename="../../ui/ledger/wizard.py" line="83"/>
        <location filename="../../ui/ledger/wizard.py" line="281"/>
        <source>导入(&amp;I)</source>
        <translation>&amp;Import</translation>
    </message>
    <message>
        <location filename="../../ui/ledger/wizard.py" line="84"/>
        <location filename="../../ui/ledger/wizard.py" line="198"/>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../ui/ledger/wizard.py" line="99"/>
        <source>选择本局的案件台账（Excel .xlsx 或 .csv；.xls 请先在 Excel 或 WPS 中另存为 .xlsx）。
表头可以在前几行（上面有合并的标题行也可以）；日期可写成 Excel 日期、2025.3.4 或 2025年3月4日；一个单元格里的多个当事人用顿号分隔。
下一步会按表头和内容建议每一列对应的字段；在确认导入之前，什么也不会写入。</source>
        <translation>Choose your office&apos;s case ledger (Excel .xlsx or .csv; save an .xls as .xlsx in Excel or WPS first).
The headers may be in the first few rows (a merged title row above them is fine); dates may be Excel dates, 2025.3.4 or 2025年3月4日; several parties in one cell are separated by 、.
The next step suggests each column&apos;s field from its header and content; nothing is written until you confirm the import.</translation>
    </message>
    <message>
        <location filename="../../ui/ledger/wizard.py" line="106"/>
        <source>台账文件：</source>
        <translation>Ledger file:</translation>
    </message>
    <message>
        <location filename="../../ui/ledger/wizard.py" line="110"/>
        <source>浏览(&amp;O)…</source>
        <translation>Br&amp;owse…</translation>
    </message>
    <message>
        <location filename="../../ui/ledger/wizard.py" line="123"/>
        <source>列</source>
        <translation>Column</translation>
    </message>
    <message>
        <location filename="../../ui/ledger/wizard.py" line="123"/>
        <source>表头</source>
        <translation>Header</translation>
    </message>
    <message>
        <location filename="../../ui/ledger/wizard.py" line="123"/>
        <source>前几行的内容</source>
        <translation>First rows</translation>
    </message>
    <message>
        <location filename="../../ui/ledger/wizard.py" line="124"/>
        <source>对应字段</source>
        <translation>Field</translation>
    </message>
    <message>
        <location filename="../../ui/ledger/wizard.py" line="127"/>
        <source>必需：专利号、请求人、被请求人，以及收到日期或立案日期。已立案的案件须有案号。这次的对应会记住，下次导入同样表头的台账时直接采用。</source>
        <translation>Required: patent number, requester, respondent, and the date received or the registration date. Registered cases need a case number. This mapping is remembered and used directly the next time a ledger with the same headers is imported.</translation>
    </message>
    <message>
        <location filename="../../ui/ledger/wizard.py" line="149"/>
        <source>双击“单元格内容”改正后点“重新检查”；也可以导出这些行，在 Excel 中改好后再导入。有问题的行不导入，其他行照常导入。</source>
        <translation>Double-click &quot;Cell content&quot; to correct it, then click &quot;Check again&quot;; or export these rows, correct them in Excel and import them later. Rows with problems are not imported; the others are.</translation>
    </message>
    <message>
        <location filename="../../ui/ledger/wizard.py" line="155"/>
        <source>位置</source>
        <translation>Position</translation>
    </message>
    <message>
        <location filename="../../ui/ledger/wizard.py" line="155"/>
        <source>字段</source>
        <translation>Field</translation>
    </message>
    <message>
        <location filename="../../ui/ledger/wizard.py" line="155"/>
        <location filename="../../ui/ledger/wizard.py" line="369"/>
        <source>问题</source>
        <translation>Problem</translation>
    </message>
    <message>
        <location filename="../../ui/ledger/wizard.py" line="156"/>
        <source>单元格内容</source>
        <translation>Cell content</translation>
    </message>
    <message>
        <location filename="../../ui/ledger/wizard.py" line="163"/>
        <source>重新检查(&amp;R)</source>
        <translation>Check again (&amp;R)</translation>
    </message>
    <message>
        <location filename="../../ui/ledger/wizard.py" line="165"/>
        <source>导出未导入的行(&amp;E)…</source>
        <translation>&amp;Export the rows not imported…</translation>
    </message>
    <message>
        <location filename="../../ui/ledger/wizard.py" line="142"/>
        <location filename="../../ui/ledger/wizard.py" line="172"/>
        <source>行</source>
        <translation>Row</translation>
    </message>
    <message>
        <location filename="../../ui/ledger/wizard.py" line="142"/>
        <source>案号</source>
        <translation>Case number</translation>
    </message>
    <message>
        <location filename="../../ui/ledger/wizard.py" line="142"/>
        <source>状态</source>
        <translation>State</translation>
    </message>
    <message>
        <location filename="../../ui/ledger/wizard.py" line="142"/>
        <source>收到日期</source>
        <translation>Date received</translation>
    </message>
    <message>
        <location filename="../../ui/ledger/wizard.py" line="142"/>
        <source>立案日期</source>
        <translation>Registration date</translation>
    </message>
    <message>
        <location filename="../../ui/ledger/wizard.py" line="143"/>
        <source>结案日期</source>
        <translation>Closing date</translation>
    </message>
    <message>
        <location filename="../../ui/ledger/wizard.py" line="143"/>
        <source>专利号</source>
        <translation>Patent number</translation>
    </message>
    <message>
        <location filename="../../ui/ledger/wizard.py" line="143"/>
        <source>请求人</source>
        <translation>Requester</translation>
    </message>
    <message>
        <location filename="../../ui/ledger/wizard.py" line="143"/>
        <source>被请求人</source>
        <translation>Respondent</translation>
    </message>
    <message>
        <location filename="../../ui/ledger/wizard.py" line="143"/>
        <source>承办人</source>
        <translation>Officer in charge</translation>
    </message>
    <message>
        <location filename="../../ui/ledger/wizard.py" line="172"/>
        <source>已有案件</source>
        <translation>Existing case</translation>
    </message>
    <message>
        <location filename="../../ui/ledger/wizard.py" line="172"/>
        <source>相同之处</source>
        <translation>In common</translation>
    </message>
    <message>
        <location filename="../../ui/ledger/wizard.py" line="173"/>
        <source>处理</source>
        <translation>Handling</translation>
    </message>
    <message>
        <location filename="../../ui/ledger/wizard.py" line="190"/>
        <source>选择台账文件</source>
        <translation>Choose the ledger file</translation>
    </message>
    <message>
        <location filename="../../ui/ledger/wizard.py" line="190"/>
        <source>确认每一列对应的字段</source>
        <translation>Confirm each column&apos;s field</translation>
    </message>
    <message>
        <location filename="../../ui/ledger/wizard.py" line="190"/>
        <source>检查结果：导入前的预览</source>
        <translation>Check results: preview before import</translation>
    </message>
    <message>
        <location filename="../../ui/ledger/wizard.py" line="191"/>
        <source>导入完成</source>
        <translation>Import finished</translation>
    </message>
    <message>
        <location filename="../../ui/ledger/wizard.py" line="193"/>
        <source>第 %1 步，共 4 步：%2</source>
        <translation>Step %1 of 4: %2</translation>
    </message>
    <message>
        <location filename="../../ui/ledger/wizard.py" line="198"/>
        <source>关闭</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../ui/ledger/wizard.py" line="212"/>
        <source>选择台账</source>
        <translation>Choose the ledger</translation>
    </message>
    <message>
        <location filename="../../ui/ledger/wizard.py" line="212"/>
        <source>台账 (*.xlsx *.csv *.xls)</source>
        <translation>Ledger (*.xlsx *.csv *.xls)</translation>
    </message>
    <message>
        <location filename="../../ui/ledger/wizard.py" line="230"/>
        <source>%1：表头在第 %2 行，数据 %3 行。请确认每一列对应的字段（不需要的列选“不导入”）。</source>
        <translation>%1: headers on row %2, %3 data rows. Confirm the field of each column (choose &quot;Do not import&quot; for columns not needed).</translation>
    </message>
    <message>
        <location filename="../../ui/ledger/wizard.py" line="240"/>
        <source>不导入</source>
        <translation>Do not import</translation>
    </message>
    <message>
        <location filename="../../ui/ledger/wizard.py" line="267"/>
        <source>共 %1 行：可导入 %2 行，有问题 %3 行（不导入），与已有案件重复 %4 行（默认跳过）。</source>
        <translation>%1 rows: %2 can be imported, %3 have problems (not imported), %4 duplicate existing cases (skipped by default).</translation>
    </message>
    <message>
        <location filename="../../ui/ledger/wizard.py" line="271"/>
        <source>可导入（%1）</source>
        <translation>Can be imported (%1)</translation>
    </message>
    <message>
        <location filename="../../ui/ledger/wizard.py" line="272"/>
        <source>有问题的行（%1）</source>
        <translation>Rows with problems (%1)</translation>
    </message>
    <message>
        <location filename="../../ui/ledger/wizard.py" line="273"/>
        <source>重复（%1）</source>
        <translation>Duplicates (%1)</translation>
    </message>
    <message>
        <location filename="../../ui/ledger/wizard.py" line="277"/>
        <source>%1（无此用户，记入备注）</source>
        <translation>%1 (no such user; kept in the remarks)</translation>
    </message>
    <message>
        <location filename="../../ui/ledger/wizard.py" line="303"/>
        <source>第 %1 行 %2 列</source>
        <translation>Row %1, column %2</translation>
    </message>
    <message>
        <location filename="../../ui/ledger/wizard.py" line="304"/>
        <source>第 %1 行</source>
        <translation>Row %1</translation>
    </message>
    <message>
        <location filename="../../ui/ledger/wizard.py" line="321"/>
        <source>（未立案，无案号）</source>
        <translation>(not registered, no case number)</translation>
    </message>
    <message>
        <location filename="../../ui/ledger/wizard.py" line="324"/>
        <source>跳过</source>
        <translation>Skip</translation>
    </message>
    <message>
        <location filename="../../ui/ledger/wizard.py" line="325"/>
        <source>合并（按台账改写）</source>
        <translation>Merge (overwrite from the ledger)</translation>
    </message>
    <message>
        <location filename="../../ui/ledger/wizard.py" line="325"/>
        <source>合并（该案已在系统中办理，不能合并）</source>
        <translation>Merge (the case has been worked on in the system; cannot merge)</translation>
    </message>
    <message>
        <location filename="../../ui/ledger/wizard.py" line="358"/>
        <location filename="../../ui/ledger/wizard.py" line="374"/>
        <source>导出未导入的行</source>
        <translation>Export the rows not imported</translation>
    </message>
    <message>
        <location filename="../../ui/ledger/wizard.py" line="358"/>
        <source>%1-未导入的行.xlsx</source>
        <translation>%1-rows not imported.xlsx</translation>
    </message>
    <message>
        <location filename="../../ui/ledger/wizard.py" line="359"/>
        <source>Excel 工作簿 (*.xlsx)</source>
        <translation>Excel workbook (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../ui/ledger/wizard.py" line="381"/>
        <source>导入 %1 行为新案件，合并 %2 行；有问题的 %3 行不导入。
导入后可以整体撤销（在导入的案件上办理其他事项之前）。</source>
        <translation>Import %1 rows as new cases and merge %2; the %3 rows with problems are not imported.
The import can be undone as a whole (until anything else is done on the imported cases).</translation>
    </message>
    <message>
        <location filename="../../ui/ledger/wizard.py" line="397"/>
        <source>正在导入…</source>
        <translation>Importing…</translation>
    </message>
    <message>
        <location filename="../../ui/ledger/wizard.py" line="404"/>
        <source>导入已取消，没有写入任何案件。</source>
        <translation>Import cancelled; no case was written.</translation>
    </message>
    <message>
        <location filename="../../ui/ledger/wizard.py" line="410"/>
        <source>第 %1 次导入已完成：新建案件 %2 件，合并 %3 件，跳过重复 %4 行，有问题未导入 %5 行。

导入的案件保留原案号并标为“由台账导入”，本局的案号从其后继续编号；期限已按台账中的日期计算。
在导入的案件上办理其他事项之前，可以在 文件 › 台账导入记录 中整体撤销这次导入。</source>
        <translation>Import no. %1 finished: %2 new cases, %3 merged, %4 duplicate rows skipped, %5 rows with problems not imported.

Imported cases keep their case numbers and are marked &quot;Imported from a ledger&quot;; this office&apos;s case numbers continue after them; deadlines were computed from the ledger&apos;s dates.
Until anything else is done on the imported cases, this import can be undone as a whole under File › Ledger imports.</translation>
    </message>
    <message>
        <location filename="../../ui/ledger/wizard.py" line="424"/>
        <source>请选择台账文件。</source>
        <translation>Choose a ledger file.</translation>
    </message>
</context>
<context>
    <name>ListFilterBar</name>
    <message>
        <location filename="../../ui/common/filter_bar.py" line="40"/>
        <location filename="../../ui/common/filter_bar.py" line="48"/>
        <source>全部承办人</source>
        <translation>All officers</translation>
    </message>
    <message>
        <location filename="../../ui/common/filter_bar.py" line="56"/>
        <source>涉外</source>
        <translation>Foreign</translation>
    </message>
    <message>
        <location filename="../../ui/common/filter_bar.py" line="56"/>
        <source>电商</source>
        <translation>E-commerce</translation>
    </message>
    <message>
        <location filename="../../ui/common/filter_bar.py" line="56"/>
        <source>展会</source>
        <translation>Trade fair</translation>
    </message>
</context>
<context>
    <name>ListOutput</name>
    <message>
        <location filename="../../ui/common/list_output.py" line="100"/>
        <source>导出 Excel…</source>
        <translation>Export to Excel…</translation>
    </message>
    <message>
        <location filename="../../ui/common/list_output.py" line="102"/>
        <source>按当前筛选条件导出全部结果（不只当前页）</source>
        <translation>Export every result of the current filter (not only this page)</translation>
    </message>
    <message>
        <location filename="../../ui/common/list_output.py" line="103"/>
        <source>打印…</source>
        <translation>Print…</translation>
    </message>
    <message>
        <location filename="../../ui/common/list_output.py" line="105"/>
        <source>按当前筛选条件打印全部结果（不只当前页）</source>
        <translation>Print every result of the current filter (not only this page)</translation>
    </message>
    <message>
        <location filename="../../ui/common/list_output.py" line="147"/>
        <location filename="../../ui/common/list_output.py" line="161"/>
        <source>导出 Excel</source>
        <translation>Export to Excel</translation>
    </message>
    <message>
        <location filename="../../ui/common/list_output.py" line="148"/>
        <source>Excel 工作簿 (*.xlsx)</source>
        <translation>Excel workbook (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../ui/common/list_output.py" line="155"/>
        <source>打印</source>
        <translation>Print</translation>
    </message>
</context>
<context>
    <name>ListingStepDialog</name>
    <message>
        <location filename="../../ui/credit/step_dialog.py" line="48"/>
        <source>当事人：%1&#x3000;失信行为：%2&#x3000;依据案号：%3</source>
        <translation>Party: %1&#x3000;Conduct: %2&#x3000;Based on case: %3</translation>
    </message>
    <message>
        <location filename="../../ui/credit/step_dialog.py" line="53"/>
        <source>日期(&amp;D)：</source>
        <translation>&amp;Date:</translation>
    </message>
    <message>
        <location filename="../../ui/credit/step_dialog.py" line="56"/>
        <source>决定(&amp;A)：</source>
        <translation>Decision: (&amp;A)</translation>
    </message>
    <message>
        <location filename="../../ui/credit/step_dialog.py" line="56"/>
        <source>同意</source>
        <translation>Agree</translation>
    </message>
    <message>
        <location filename="../../ui/credit/step_dialog.py" line="57"/>
        <source>不同意</source>
        <translation>Disagree</translation>
    </message>
    <message>
        <location filename="../../ui/credit/step_dialog.py" line="59"/>
        <source>陈述申辩意见(&amp;T)：</source>
        <translation>Statemen&amp;t of views:</translation>
    </message>
    <message>
        <location filename="../../ui/credit/step_dialog.py" line="59"/>
        <source>意见(&amp;O)：</source>
        <translation>&amp;Opinion:</translation>
    </message>
    <message>
        <location filename="../../ui/credit/step_dialog.py" line="60"/>
        <source>申请理由(&amp;R)：</source>
        <translation>&amp;Reasons for the application:</translation>
    </message>
    <message>
        <location filename="../../ui/credit/step_dialog.py" line="67"/>
        <source>决定书签发人(&amp;S)：</source>
        <translation>Decision &amp;signed by:</translation>
    </message>
    <message>
        <location filename="../../ui/credit/step_dialog.py" line="76"/>
        <source>（请选择）</source>
        <translation>(please choose)</translation>
    </message>
</context>
<context>
    <name>LockDialog</name>
    <message>
        <location filename="../../ui/shell/idle_lock.py" line="125"/>
        <source>已锁定 — 专利侵权纠纷行政裁决案件管理</source>
        <translation>Locked — Patent Infringement Administrative Adjudication Case Management</translation>
    </message>
    <message>
        <location filename="../../ui/shell/idle_lock.py" line="130"/>
        <source>长时间无操作，屏幕已锁定</source>
        <translation>Idle for a long time: the screen is locked</translation>
    </message>
    <message>
        <location filename="../../ui/shell/idle_lock.py" line="134"/>
        <source>%1（%2）请输入密码解锁。
打开的窗口和已填写的内容都保留着。</source>
        <translation>%1 (%2): enter your password to unlock.
Open windows and what you typed are kept.</translation>
    </message>
    <message>
        <location filename="../../ui/shell/idle_lock.py" line="141"/>
        <source>密码</source>
        <translation>Password</translation>
    </message>
    <message>
        <location filename="../../ui/shell/idle_lock.py" line="149"/>
        <source>解锁(&amp;U)</source>
        <translation>&amp;Unlock</translation>
    </message>
    <message>
        <location filename="../../ui/shell/idle_lock.py" line="150"/>
        <source>切换用户(&amp;S)</source>
        <translation>&amp;Switch user</translation>
    </message>
    <message>
        <location filename="../../ui/shell/idle_lock.py" line="164"/>
        <source>正在验证…</source>
        <translation>Verifying…</translation>
    </message>
    <message>
        <location filename="../../ui/shell/idle_lock.py" line="179"/>
        <source>密码不正确（若账户已被停用，请切换用户）。</source>
        <translation>Wrong password (if the account has been deactivated, switch user).</translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <location filename="../../ui/shell/login_dialog.py" line="27"/>
        <source>登录(&amp;L)</source>
        <translation>&amp;Log in</translation>
    </message>
    <message>
        <location filename="../../ui/shell/login_dialog.py" line="36"/>
        <source>请输入用户名。</source>
        <translation>Enter a user name.</translation>
    </message>
    <message>
        <location filename="../../ui/shell/login_dialog.py" line="48"/>
        <source>正在登录…</source>
        <translation>Logging in…</translation>
    </message>
    <message>
        <location filename="../../forms/login_dialog.ui" line="14"/>
        <source>登录 — 专利侵权纠纷行政裁决案件管理</source>
        <translation>Log in — Patent Infringement Administrative Adjudication Case Management</translation>
    </message>
    <message>
        <location filename="../../forms/login_dialog.ui" line="20"/>
        <source>专利侵权纠纷行政裁决案件管理</source>
        <translation>Patent Infringement Administrative Adjudication Case Management</translation>
    </message>
    <message>
        <location filename="../../forms/login_dialog.ui" line="35"/>
        <source>用户名(&amp;U)</source>
        <translation>&amp;User name</translation>
    </message>
    <message>
        <location filename="../../forms/login_dialog.ui" line="48"/>
        <source>密码(&amp;P)</source>
        <translation>&amp;Password</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../ui/shell/main_window.py" line="67"/>
        <source>专利侵权纠纷行政裁决案件管理</source>
        <translation>Patent Infringement Administrative Adjudication Case Management</translation>
    </message>
    <message>
        <location filename="../../ui/shell/main_window.py" line="118"/>
        <source>文件(&amp;F)</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <location filename="../../ui/shell/main_window.py" line="122"/>
        <source>修改密码(&amp;P)…</source>
        <translation>Change &amp;password…</translation>
    </message>
    <message>
        <location filename="../../ui/shell/main_window.py" line="125"/>
        <source>注销 / 切换用户(&amp;L)</source>
        <translation>&amp;Log out / switch user</translation>
    </message>
    <message>
        <location filename="../../ui/shell/main_window.py" line="129"/>
        <source>退出(&amp;Q)</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <location filename="../../ui/shell/main_window.py" line="134"/>
        <source>查看(&amp;V)</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <location filename="../../ui/shell/main_window.py" line="143"/>
        <source>刷新(&amp;R)</source>
        <translation>&amp;Refresh</translation>
    </message>
    <message>
        <location filename="../../ui/shell/main_window.py" line="151"/>
        <source>帮助(&amp;H)</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location filename="../../ui/shell/main_window.py" line="153"/>
        <source>关于(&amp;A)</source>
        <translation>&amp;About</translation>
    </message>
    <message>
        <location filename="../../ui/shell/main_window.py" line="154"/>
        <source>关于</source>
        <translation>About</translation>
    </message>
    <message>
        <location filename="../../ui/shell/main_window.py" line="155"/>
        <source>专利侵权纠纷行政裁决案件管理
依据《专利纠纷行政裁决和调解办法》（国家知识产权局令第81号）。</source>
        <translation>Patent Infringement Administrative Adjudication Case Management
Under the Measures for Administrative Adjudication and Mediation of Patent Disputes (CNIPA Order No. 81).</translation>
    </message>
    <message>
        <location filename="../../ui/shell/main_window.py" line="172"/>
        <source>正在处理…</source>
        <translation>Working…</translation>
    </message>
    <message>
        <location filename="../../ui/shell/main_window.py" line="211"/>
        <source>⚠ %1 年法定节假日尚未录入，相关期限为暂定</source>
        <translation>⚠ The public holidays of %1 have not been entered; the related deadlines are provisional</translation>
    </message>
    <message>
        <location filename="../../ui/shell/main_window.py" line="213"/>
        <source>（设置 › 节假日）</source>
        <translation>(Settings › Holidays)</translation>
    </message>
    <message>
        <location filename="../../ui/shell/main_window.py" line="216"/>
        <source>内置的放假安排只到 %1 年之前。落在 %2 年的期限暂按周末计算，标注“暂定”；国务院办公厅公布放假安排后，由管理员在“设置 › 节假日”录入，期限会自动重新计算。</source>
        <translation>The built-in holiday arrangements end before %1. Deadlines falling in %2 count weekends only for now and are marked &quot;provisional&quot;; once the State Council General Office publishes the arrangements, an administrator enters them in Settings › Holidays and the deadlines are recalculated automatically.</translation>
    </message>
    <message>
        <location filename="../../ui/shell/main_window.py" line="232"/>
        <source>⚠ 审计校验发现记录被改动，请通知审计员（审计 › 完整校验）</source>
        <translation>⚠ The audit check found altered records: tell the auditor (Audit › Full check)</translation>
    </message>
    <message>
        <location filename="../../ui/shell/main_window.py" line="234"/>
        <source>审计链或其检查点与数据库不一致：有人绕过本系统改动、删除了记录或审计条目。工作可以继续；审计员的完整校验会逐条列出改动之处。</source>
        <translation>The audit chain or its checkpoints do not match the database: someone changed or deleted records or audit entries outside this system. Work can go on; the auditor&apos;s full check lists every alteration.</translation>
    </message>
</context>
<context>
    <name>MediationActionDialog</name>
    <message>
        <location filename="../../ui/mediation/action_dialog.py" line="32"/>
        <source>未立案</source>
        <translation>Not registered</translation>
    </message>
    <message>
        <location filename="../../ui/mediation/action_dialog.py" line="47"/>
        <source>（选填）</source>
        <translation>(optional)</translation>
    </message>
    <message>
        <location filename="../../ui/mediation/action_dialog.py" line="50"/>
        <source>确认进行“%1”？</source>
        <translation>Confirm &quot;%1&quot;?</translation>
    </message>
    <message>
        <location filename="../../ui/mediation/action_dialog.py" line="53"/>
        <source>提交审批(&amp;S)</source>
        <translation>&amp;Submit for approval</translation>
    </message>
    <message>
        <location filename="../../ui/mediation/action_dialog.py" line="53"/>
        <source>确定(&amp;O)</source>
        <translation>&amp;OK</translation>
    </message>
    <message>
        <location filename="../../ui/mediation/action_dialog.py" line="58"/>
        <source>被请求人收到陈述意见通知书之日起十五日内提交意见陈述书。</source>
        <translation>The respondent submits a statement of opinion within fifteen days of receiving the notice to state opinions.</translation>
    </message>
    <message>
        <location filename="../../ui/mediation/action_dialog.py" line="59"/>
        <source>立案后通知双方调解的时间和地点（可签发调解通知书）。</source>
        <translation>After registration, notify both sides of the time and place of mediation (a mediation notice can be issued).</translation>
    </message>
    <message>
        <location filename="../../ui/mediation/action_dialog.py" line="60"/>
        <source>被请求人不同意调解或逾期未提交意见陈述书的，不予立案并通知请求人。</source>
        <translation>If the respondent does not agree to mediation or does not submit a statement of opinion in time, the case is not registered and the requester is notified.</translation>
    </message>
    <message>
        <location filename="../../ui/mediation/action_dialog.py" line="61"/>
        <source>权属纠纷调解期限为两个月；特殊情况经部门负责人批准可延长%1。</source>
        <translation>The mediation period for an ownership dispute is two months; in special circumstances the department head may approve an extension of %1.</translation>
    </message>
    <message>
        <location filename="../../ui/mediation/action_dialog.py" line="63"/>
        <source>以各方已签署的调解协议结案（见“调解”页）。</source>
        <translation>Closed by the mediation agreement signed by all parties (see the Mediation page).</translation>
    </message>
    <message>
        <location filename="../../ui/mediation/action_dialog.py" line="64"/>
        <source>权属纠纷结案后五个工作日内将有关文书抄送国家知识产权局。</source>
        <translation>Within five working days of closing an ownership dispute, copy the documents to CNIPA.</translation>
    </message>
</context>
<context>
    <name>MediationCaseDetailView</name>
    <message>
        <location filename="../../ui/mediation/case_detail.py" line="58"/>
        <source>← 返回列表</source>
        <translation>← Back to the list</translation>
    </message>
    <message>
        <location filename="../../ui/mediation/case_detail.py" line="72"/>
        <source>修改调解请求(&amp;E)…</source>
        <translation>&amp;Edit mediation request…</translation>
    </message>
    <message>
        <location filename="../../ui/mediation/case_detail.py" line="74"/>
        <source>刷新</source>
        <translation>Refresh</translation>
    </message>
    <message>
        <location filename="../../ui/mediation/case_detail.py" line="94"/>
        <source>身份</source>
        <translation>Capacity</translation>
    </message>
    <message>
        <location filename="../../ui/mediation/case_detail.py" line="94"/>
        <source>名称/姓名</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../ui/mediation/case_detail.py" line="94"/>
        <source>主体类型</source>
        <translation>Entity type</translation>
    </message>
    <message>
        <location filename="../../ui/mediation/case_detail.py" line="94"/>
        <source>证件/代码</source>
        <translation>ID/code</translation>
    </message>
    <message>
        <location filename="../../ui/mediation/case_detail.py" line="95"/>
        <source>法定代表人</source>
        <translation>Legal representative</translation>
    </message>
    <message>
        <location filename="../../ui/mediation/case_detail.py" line="95"/>
        <source>地址</source>
        <translation>Address</translation>
    </message>
    <message>
        <location filename="../../ui/mediation/case_detail.py" line="95"/>
        <location filename="../../ui/mediation/case_detail.py" line="99"/>
        <source>电话</source>
        <translation>Telephone</translation>
    </message>
    <message>
        <location filename="../../ui/mediation/case_detail.py" line="95"/>
        <source>委托代理人</source>
        <translation>Authorised agent</translation>
    </message>
    <message>
        <location filename="../../ui/mediation/case_detail.py" line="99"/>
        <location filename="../../ui/mediation/case_detail.py" line="125"/>
        <source>调解员</source>
        <translation>Mediator</translation>
    </message>
    <message>
        <location filename="../../ui/mediation/case_detail.py" line="99"/>
        <source>单位</source>
        <translation>Unit</translation>
    </message>
    <message>
        <location filename="../../ui/mediation/case_detail.py" line="99"/>
        <source>专业领域</source>
        <translation>Field of expertise</translation>
    </message>
    <message>
        <location filename="../../ui/mediation/case_detail.py" line="101"/>
        <source>指定调解员(&amp;M)…</source>
        <translation>Assign a &amp;mediator…</translation>
    </message>
    <message>
        <location filename="../../ui/mediation/case_detail.py" line="117"/>
        <source>时间</source>
        <translation>Time</translation>
    </message>
    <message>
        <location filename="../../ui/mediation/case_detail.py" line="117"/>
        <source>操作人</source>
        <translation>Operator</translation>
    </message>
    <message>
        <location filename="../../ui/mediation/case_detail.py" line="117"/>
        <source>事项</source>
        <translation>Matter</translation>
    </message>
    <message>
        <location filename="../../ui/mediation/case_detail.py" line="117"/>
        <source>状态变化</source>
        <translation>State change</translation>
    </message>
    <message>
        <location filename="../../ui/mediation/case_detail.py" line="118"/>
        <source>详情</source>
        <translation>Details</translation>
    </message>
    <message>
        <location filename="../../ui/mediation/case_detail.py" line="124"/>
        <source>概况</source>
        <translation>Overview</translation>
    </message>
    <message>
        <location filename="../../ui/mediation/case_detail.py" line="124"/>
        <source>当事人</source>
        <translation>Party</translation>
    </message>
    <message>
        <location filename="../../ui/mediation/case_detail.py" line="125"/>
        <source>期限</source>
        <translation>Deadline</translation>
    </message>
    <message>
        <location filename="../../ui/mediation/case_detail.py" line="126"/>
        <source>时间线</source>
        <translation>Timeline</translation>
    </message>
    <message>
        <location filename="../../ui/mediation/case_detail.py" line="126"/>
        <source>调解</source>
        <translation>Mediation</translation>
    </message>
    <message>
        <location filename="../../ui/mediation/case_detail.py" line="127"/>
        <source>文书</source>
        <translation>Documents</translation>
    </message>
    <message>
        <location filename="../../ui/mediation/case_detail.py" line="156"/>
        <source>未立案</source>
        <translation>Not registered</translation>
    </message>
    <message>
        <location filename="../../ui/mediation/case_detail.py" line="162"/>
        <source>%1&#x3000;请求人：%2&#x3000;被请求人：%3&#x3000;承办人：%4&#x3000;%5 收到</source>
        <translation>%1&#x3000;Requester: %2&#x3000;Respondent: %3&#x3000;Officer: %4&#x3000;received %5</translation>
    </message>
    <message>
        <location filename="../../ui/mediation/case_detail.py" line="199"/>
        <source>审批延长调解期限…</source>
        <translation>Approve extension of the mediation period…</translation>
    </message>
    <message>
        <location filename="../../ui/mediation/case_detail.py" line="205"/>
        <source>当前没有可进行的操作。</source>
        <translation>No action is possible now.</translation>
    </message>
    <message>
        <location filename="../../ui/mediation/case_detail.py" line="216"/>
        <source>调解请求</source>
        <translation>Mediation request</translation>
    </message>
    <message>
        <location filename="../../ui/mediation/case_detail.py" line="217"/>
        <source>类别</source>
        <translation>Category</translation>
    </message>
    <message>
        <location filename="../../ui/mediation/case_detail.py" line="217"/>
        <source>请求调解的事项</source>
        <translation>Matters to mediate</translation>
    </message>
    <message>
        <location filename="../../ui/mediation/case_detail.py" line="218"/>
        <source>事实和理由</source>
        <translation>Facts and reasons</translation>
    </message>
    <message>
        <location filename="../../ui/mediation/case_detail.py" line="218"/>
        <source>请求金额</source>
        <translation>Amount claimed</translation>
    </message>
    <message>
        <location filename="../../ui/mediation/case_detail.py" line="219"/>
        <source>收到日期</source>
        <translation>Date received</translation>
    </message>
    <message>
        <location filename="../../ui/mediation/case_detail.py" line="220"/>
        <source>收案登记</source>
        <translation>Intake entries</translation>
    </message>
    <message>
        <location filename="../../ui/mediation/case_detail.py" line="221"/>
        <source>专利与裁决</source>
        <translation>Patent and ruling</translation>
    </message>
    <message>
        <location filename="../../ui/mediation/case_detail.py" line="222"/>
        <source>专利号</source>
        <translation>Patent number</translation>
    </message>
    <message>
        <location filename="../../ui/mediation/case_detail.py" line="222"/>
        <source>专利名称</source>
        <translation>Patent title</translation>
    </message>
    <message>
        <location filename="../../ui/mediation/case_detail.py" line="222"/>
        <source>专利权人</source>
        <translation>Patentee</translation>
    </message>
    <message>
        <location filename="../../ui/mediation/case_detail.py" line="223"/>
        <source>授权公告日</source>
        <translation>Grant publication date</translation>
    </message>
    <message>
        <location filename="../../ui/mediation/case_detail.py" line="224"/>
        <source>认定侵权的裁决</source>
        <translation>Ruling finding infringement</translation>
    </message>
    <message>
        <location filename="../../ui/mediation/case_detail.py" line="225"/>
        <source>裁决/判决副本</source>
        <translation>Copy of the ruling/judgment</translation>
    </message>
    <message>
        <location filename="../../ui/mediation/case_detail.py" line="226"/>
        <source>程序</source>
        <translation>Procedure</translation>
    </message>
    <message>
        <location filename="../../ui/mediation/case_detail.py" line="227"/>
        <source>送达陈述意见通知书</source>
        <translation>Serve the notice to state opinions</translation>
    </message>
    <message>
        <location filename="../../ui/mediation/case_detail.py" line="228"/>
        <source>收到意见陈述书</source>
        <translation>Statement of opinion received</translation>
    </message>
    <message>
        <location filename="../../ui/mediation/case_detail.py" line="231"/>
        <source>立案日期</source>
        <translation>Registration date</translation>
    </message>
    <message>
        <location filename="../../ui/mediation/case_detail.py" line="232"/>
        <source>调解时间地点</source>
        <translation>Mediation time and place</translation>
    </message>
    <message>
        <location filename="../../ui/mediation/case_detail.py" line="233"/>
        <source>调解协议生效</source>
        <translation>Mediation agreement in force</translation>
    </message>
    <message>
        <location filename="../../ui/mediation/case_detail.py" line="234"/>
        <source>延长调解期限</source>
        <translation>Extend the mediation period</translation>
    </message>
    <message>
        <location filename="../../ui/mediation/case_detail.py" line="235"/>
        <source>延长理由</source>
        <translation>Reason for extension</translation>
    </message>
    <message>
        <location filename="../../ui/mediation/case_detail.py" line="235"/>
        <source>审批意见</source>
        <translation>Approval opinion</translation>
    </message>
    <message>
        <location filename="../../ui/mediation/case_detail.py" line="236"/>
        <source>结案日期</source>
        <translation>Closing date</translation>
    </message>
    <message>
        <location filename="../../ui/mediation/case_detail.py" line="237"/>
        <source>理由</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location filename="../../ui/mediation/case_detail.py" line="239"/>
        <source>抄送国家知识产权局</source>
        <translation>Copy to CNIPA</translation>
    </message>
    <message>
        <location filename="../../ui/mediation/case_detail.py" line="241"/>
        <source>打开收案登记 %1</source>
        <translation>Open intake entry %1</translation>
    </message>
    <message>
        <location filename="../../ui/mediation/case_detail.py" line="245"/>
        <source>打开裁决案件 %1</source>
        <translation>Open adjudication case %1</translation>
    </message>
    <message>
        <location filename="../../ui/mediation/case_detail.py" line="297"/>
        <source>审批延长调解期限</source>
        <translation>Approve extension of the mediation period</translation>
    </message>
    <message>
        <location filename="../../ui/mediation/case_detail.py" line="298"/>
        <source>决定</source>
        <translation>Decision</translation>
    </message>
    <message>
        <location filename="../../ui/mediation/case_detail.py" line="298"/>
        <source>批准延长%1</source>
        <translation>Approve extension of %1</translation>
    </message>
    <message>
        <location filename="../../ui/mediation/case_detail.py" line="299"/>
        <source>不予批准</source>
        <translation>Not approved</translation>
    </message>
    <message>
        <location filename="../../ui/mediation/case_detail.py" line="300"/>
        <source>审批意见（不予批准时必填）</source>
        <translation>Approval opinion (required when not approving)</translation>
    </message>
    <message>
        <location filename="../../ui/mediation/case_detail.py" line="301"/>
        <source>申请理由：%1</source>
        <translation>Reasons for the application: %1</translation>
    </message>
</context>
<context>
    <name>MediationCaseTableModel</name>
    <message>
        <location filename="../../ui/mediation/table_model.py" line="45"/>
        <source>案号</source>
        <translation>Case number</translation>
    </message>
    <message>
        <location filename="../../ui/mediation/table_model.py" line="49"/>
        <source>类别</source>
        <translation>Category</translation>
    </message>
    <message>
        <location filename="../../ui/mediation/table_model.py" line="51"/>
        <source>状态</source>
        <translation>State</translation>
    </message>
    <message>
        <location filename="../../ui/mediation/table_model.py" line="52"/>
        <source>请求人</source>
        <translation>Requester</translation>
    </message>
    <message>
        <location filename="../../ui/mediation/table_model.py" line="53"/>
        <source>被请求人</source>
        <translation>Respondent</translation>
    </message>
    <message>
        <location filename="../../ui/mediation/table_model.py" line="54"/>
        <source>专利号</source>
        <translation>Patent number</translation>
    </message>
    <message>
        <location filename="../../ui/mediation/table_model.py" line="55"/>
        <source>承办人</source>
        <translation>Officer in charge</translation>
    </message>
    <message>
        <location filename="../../ui/mediation/table_model.py" line="56"/>
        <source>收到日期</source>
        <translation>Date received</translation>
    </message>
    <message>
        <location filename="../../ui/mediation/table_model.py" line="59"/>
        <source>最近期限</source>
        <translation>Next deadline</translation>
    </message>
</context>
<context>
    <name>MediationCasesView</name>
    <message>
        <location filename="../../ui/mediation/section.py" line="46"/>
        <source>登记调解请求(&amp;N)…</source>
        <translation>Register a mediatio&amp;n request…</translation>
    </message>
    <message>
        <location filename="../../ui/mediation/section.py" line="53"/>
        <source>案号、当事人、信用代码、专利号</source>
        <translation>Case number, parties, credit code, patent number</translation>
    </message>
    <message>
        <location filename="../../ui/mediation/section.py" line="55"/>
        <source>全部状态</source>
        <translation>All states</translation>
    </message>
    <message>
        <location filename="../../ui/mediation/section.py" line="56"/>
        <source>在办</source>
        <translation>Open</translation>
    </message>
    <message>
        <location filename="../../ui/mediation/section.py" line="60"/>
        <source>全部类别</source>
        <translation>All categories</translation>
    </message>
    <message>
        <location filename="../../ui/mediation/section.py" line="64"/>
        <source>全部承办人</source>
        <translation>All officers</translation>
    </message>
    <message>
        <location filename="../../ui/mediation/section.py" line="65"/>
        <source>我承办的</source>
        <translation>Mine</translation>
    </message>
    <message>
        <location filename="../../ui/mediation/section.py" line="66"/>
        <source>延长待审批</source>
        <translation>Extension awaiting approval</translation>
    </message>
    <message>
        <location filename="../../ui/mediation/section.py" line="93"/>
        <source>调解案件</source>
        <translation>Mediation cases</translation>
    </message>
    <message>
        <location filename="../../ui/mediation/section.py" line="94"/>
        <source>调解员库</source>
        <translation>Mediator pool</translation>
    </message>
    <message>
        <location filename="../../ui/mediation/section.py" line="113"/>
        <source>没有找到与“%1”相符的调解案件</source>
        <translation>No mediation case matches &quot;%1&quot;</translation>
    </message>
    <message>
        <location filename="../../ui/mediation/section.py" line="114"/>
        <source>没有符合条件的调解案件</source>
        <translation>No mediation cases match the filter</translation>
    </message>
</context>
<context>
    <name>MediationDocumentDialog</name>
    <message>
        <location filename="../../ui/mediation/case_documents_tab.py" line="46"/>
        <source>制作%1 — %2</source>
        <translation>Draft %1 — %2</translation>
    </message>
    <message>
        <location filename="../../ui/mediation/case_documents_tab.py" line="47"/>
        <source>未立案</source>
        <translation>Not registered</translation>
    </message>
    <message>
        <location filename="../../ui/mediation/case_documents_tab.py" line="54"/>
        <source>受送达人：</source>
        <translation>Addressee:</translation>
    </message>
    <message>
        <location filename="../../ui/mediation/case_documents_tab.py" line="63"/>
        <source>（选填）</source>
        <translation>(optional)</translation>
    </message>
    <message>
        <location filename="../../ui/mediation/case_documents_tab.py" line="65"/>
        <source>预览(&amp;V)</source>
        <translation>Pre&amp;view</translation>
    </message>
    <message>
        <location filename="../../ui/mediation/case_documents_tab.py" line="66"/>
        <source>签发(&amp;I)</source>
        <translation>&amp;Issue</translation>
    </message>
    <message>
        <location filename="../../ui/mediation/case_documents_tab.py" line="84"/>
        <source>草稿：签发时编号。</source>
        <translation>Draft: numbered on issue.</translation>
    </message>
</context>
<context>
    <name>MediationDocumentsTab</name>
    <message>
        <location filename="../../ui/mediation/case_documents_tab.py" line="112"/>
        <source>制作文书(&amp;N)…</source>
        <translation>Draft docume&amp;nt…</translation>
    </message>
    <message>
        <location filename="../../ui/mediation/case_documents_tab.py" line="114"/>
        <source>可制作：</source>
        <translation>Can draft:</translation>
    </message>
    <message>
        <location filename="../../ui/mediation/case_documents_tab.py" line="118"/>
        <source>文书</source>
        <translation>Documents</translation>
    </message>
    <message>
        <location filename="../../ui/mediation/case_documents_tab.py" line="118"/>
        <source>文号</source>
        <translation>Document number</translation>
    </message>
    <message>
        <location filename="../../ui/mediation/case_documents_tab.py" line="118"/>
        <source>受送达人</source>
        <translation>Addressee</translation>
    </message>
    <message>
        <location filename="../../ui/mediation/case_documents_tab.py" line="118"/>
        <source>签发时间</source>
        <translation>Issued at</translation>
    </message>
    <message>
        <location filename="../../ui/mediation/case_documents_tab.py" line="119"/>
        <source>签发人</source>
        <translation>Signatory</translation>
    </message>
    <message>
        <location filename="../../ui/mediation/case_documents_tab.py" line="119"/>
        <source>页数</source>
        <translation>Pages</translation>
    </message>
    <message>
        <location filename="../../ui/mediation/case_documents_tab.py" line="123"/>
        <source>预览/打印(&amp;V)</source>
        <translation>Pre&amp;view/print</translation>
    </message>
    <message>
        <location filename="../../ui/mediation/case_documents_tab.py" line="124"/>
        <source>用 Word/WPS 打开(&amp;W)</source>
        <translation>Open in &amp;Word/WPS</translation>
    </message>
    <message>
        <location filename="../../ui/mediation/case_documents_tab.py" line="126"/>
        <source>另存为(&amp;S)…</source>
        <translation>&amp;Save as…</translation>
    </message>
    <message>
        <location filename="../../ui/mediation/case_documents_tab.py" line="170"/>
        <source>已签发的文书不能修改。</source>
        <translation>An issued document cannot be changed.</translation>
    </message>
    <message>
        <location filename="../../ui/mediation/case_documents_tab.py" line="178"/>
        <source>另存为</source>
        <translation>Save as</translation>
    </message>
    <message>
        <location filename="../../ui/mediation/case_documents_tab.py" line="178"/>
        <source>PDF (*.pdf);;Word (*.docx)</source>
        <translation>PDF (*.pdf);;Word (*.docx)</translation>
    </message>
</context>
<context>
    <name>MediationFiguresBox</name>
    <message>
        <location filename="../../ui/statistics/mediation_figures.py" line="16"/>
        <source>调解（裁决案件内调解与调解案件，不按承办人、专利类型筛选）</source>
        <translation>Mediation (in-case mediation and mediation cases; not filtered by officer or patent type)</translation>
    </message>
    <message>
        <location filename="../../ui/statistics/mediation_figures.py" line="23"/>
        <source>调解次数</source>
        <translation>Mediation sessions</translation>
    </message>
    <message>
        <location filename="../../ui/statistics/mediation_figures.py" line="23"/>
        <source>期间内举行的调解次数</source>
        <translation>Mediation sessions held in the period</translation>
    </message>
    <message>
        <location filename="../../ui/statistics/mediation_figures.py" line="24"/>
        <source>调解案件</source>
        <translation>Mediation cases</translation>
    </message>
    <message>
        <location filename="../../ui/statistics/mediation_figures.py" line="24"/>
        <source>期间内举行过调解的案件数（裁决案件与调解案件）</source>
        <translation>Cases mediated in the period (adjudication and mediation cases)</translation>
    </message>
    <message>
        <location filename="../../ui/statistics/mediation_figures.py" line="25"/>
        <source>达成协议</source>
        <translation>Agreement reached</translation>
    </message>
    <message>
        <location filename="../../ui/statistics/mediation_figures.py" line="25"/>
        <source>期间内生效（最后一方当事人签署）的调解协议数</source>
        <translation>Mediation agreements taking effect (last party signing) in the period</translation>
    </message>
    <message>
        <location filename="../../ui/statistics/mediation_figures.py" line="26"/>
        <source>调解成功率</source>
        <translation>Mediation success rate</translation>
    </message>
    <message>
        <location filename="../../ui/statistics/mediation_figures.py" line="26"/>
        <source>期间内举行过调解的案件中，至期末已有生效调解协议的比例</source>
        <translation>Share of cases mediated in the period that have a mediation agreement in force by the period&apos;s end</translation>
    </message>
    <message>
        <location filename="../../ui/statistics/mediation_figures.py" line="27"/>
        <source>平均达成天数</source>
        <translation>Average days to agreement</translation>
    </message>
    <message>
        <location filename="../../ui/statistics/mediation_figures.py" line="27"/>
        <source>期间内生效的协议，自本案首次调解之日至协议生效之日的平均日数</source>
        <translation>For agreements taking effect in the period, the average days from the case&apos;s first mediation to the agreement taking effect</translation>
    </message>
    <message>
        <location filename="../../ui/statistics/mediation_figures.py" line="28"/>
        <source>协议金额合计</source>
        <translation>Total agreed amount</translation>
    </message>
    <message>
        <location filename="../../ui/statistics/mediation_figures.py" line="28"/>
        <source>期间内生效协议约定的赔偿数额之和</source>
        <translation>Total damages agreed in agreements taking effect in the period</translation>
    </message>
    <message>
        <location filename="../../ui/statistics/mediation_figures.py" line="29"/>
        <source>协议金额中位数</source>
        <translation>Median agreed amount</translation>
    </message>
    <message>
        <location filename="../../ui/statistics/mediation_figures.py" line="29"/>
        <source>期间内生效协议赔偿数额的中位数（偶数个时取中间两个的平均）</source>
        <translation>Median damages agreed in agreements taking effect in the period (with an even count, the mean of the middle two)</translation>
    </message>
    <message>
        <location filename="../../ui/statistics/mediation_figures.py" line="30"/>
        <source>司法确认</source>
        <translation>Judicial confirmation</translation>
    </message>
    <message>
        <location filename="../../ui/statistics/mediation_figures.py" line="30"/>
        <source>期间内申请司法确认的协议数 / 期间内法院裁定确认有效的协议数</source>
        <translation>Agreements for which judicial confirmation was applied for in the period / agreements the court confirmed as valid in the period</translation>
    </message>
    <message>
        <location filename="../../ui/statistics/mediation_figures.py" line="31"/>
        <source>逾期未履行分期</source>
        <translation>Overdue instalments</translation>
    </message>
    <message>
        <location filename="../../ui/statistics/mediation_figures.py" line="31"/>
        <source>截至今日已到期而未足额履行的分期</source>
        <translation>Instalments due by today and not fully paid</translation>
    </message>
    <message>
        <location filename="../../ui/statistics/mediation_figures.py" line="53"/>
        <source>%1 日</source>
        <translation>%1 days</translation>
    </message>
    <message>
        <location filename="../../ui/statistics/mediation_figures.py" line="55"/>
        <location filename="../../ui/statistics/mediation_figures.py" line="56"/>
        <source>%1 元</source>
        <translation>CNY %1</translation>
    </message>
</context>
<context>
    <name>MediationPanel</name>
    <message>
        <location filename="../../ui/mediation/host_tab.py" line="89"/>
        <source>记录调解(&amp;R)…</source>
        <translation>&amp;Record mediation…</translation>
    </message>
    <message>
        <location filename="../../ui/mediation/host_tab.py" line="90"/>
        <source>开始和解(&amp;T)…</source>
        <translation>S&amp;tart settlement…</translation>
    </message>
    <message>
        <location filename="../../ui/mediation/host_tab.py" line="91"/>
        <source>结束和解…</source>
        <translation>End settlement…</translation>
    </message>
    <message>
        <location filename="../../ui/mediation/host_tab.py" line="92"/>
        <source>调解协议条款(&amp;G)…</source>
        <translation>Terms of the mediation a&amp;greement…</translation>
    </message>
    <message>
        <location filename="../../ui/mediation/host_tab.py" line="93"/>
        <source>登记签署(&amp;S)…</source>
        <translation>Record &amp;signature…</translation>
    </message>
    <message>
        <location filename="../../ui/mediation/host_tab.py" line="94"/>
        <source>当事人反悔(&amp;W)…</source>
        <translation>Party rene&amp;ges…</translation>
    </message>
    <message>
        <location filename="../../ui/mediation/host_tab.py" line="95"/>
        <source>打印调解协议书(&amp;P)…</source>
        <translation>&amp;Print the mediation agreement…</translation>
    </message>
    <message>
        <location filename="../../ui/mediation/host_tab.py" line="96"/>
        <source>提交调解结案审批</source>
        <translation>Submit for approval of closing by mediation</translation>
    </message>
    <message>
        <location filename="../../ui/mediation/host_tab.py" line="97"/>
        <source>司法确认(&amp;J)…</source>
        <translation>&amp;Judicial confirmation…</translation>
    </message>
    <message>
        <location filename="../../ui/mediation/host_tab.py" line="98"/>
        <source>登记履行(&amp;M)…</source>
        <translation>Record perfor&amp;mance…</translation>
    </message>
    <message>
        <location filename="../../ui/mediation/host_tab.py" line="106"/>
        <source>调解记录</source>
        <translation>Mediation records</translation>
    </message>
    <message>
        <location filename="../../ui/mediation/host_tab.py" line="108"/>
        <source>日期</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../ui/mediation/host_tab.py" line="108"/>
        <location filename="../../ui/mediation/host_tab.py" line="259"/>
        <source>地点</source>
        <translation>Place</translation>
    </message>
    <message>
        <location filename="../../ui/mediation/host_tab.py" line="108"/>
        <source>调解员</source>
        <translation>Mediator</translation>
    </message>
    <message>
        <location filename="../../ui/mediation/host_tab.py" line="109"/>
        <location filename="../../ui/mediation/host_tab.py" line="261"/>
        <source>到场人员</source>
        <translation>Present</translation>
    </message>
    <message>
        <location filename="../../ui/mediation/host_tab.py" line="109"/>
        <location filename="../../ui/mediation/host_tab.py" line="262"/>
        <source>请求人方案</source>
        <translation>Requester&apos;s proposal</translation>
    </message>
    <message>
        <location filename="../../ui/mediation/host_tab.py" line="110"/>
        <location filename="../../ui/mediation/host_tab.py" line="263"/>
        <source>被请求人方案</source>
        <translation>Respondent&apos;s proposal</translation>
    </message>
    <message>
        <location filename="../../ui/mediation/host_tab.py" line="110"/>
        <location filename="../../ui/mediation/host_tab.py" line="264"/>
        <location filename="../../ui/mediation/host_tab.py" line="325"/>
        <source>结果</source>
        <translation>Result</translation>
    </message>
    <message>
        <location filename="../../ui/mediation/host_tab.py" line="114"/>
        <source>调解协议</source>
        <translation>Mediation agreement</translation>
    </message>
    <message>
        <location filename="../../ui/mediation/host_tab.py" line="125"/>
        <source>当事人</source>
        <translation>Party</translation>
    </message>
    <message>
        <location filename="../../ui/mediation/host_tab.py" line="125"/>
        <source>身份</source>
        <translation>Capacity</translation>
    </message>
    <message>
        <location filename="../../ui/mediation/host_tab.py" line="125"/>
        <location filename="../../ui/mediation/host_tab.py" line="296"/>
        <source>签署日期</source>
        <translation>Date signed</translation>
    </message>
    <message>
        <location filename="../../ui/mediation/host_tab.py" line="126"/>
        <location filename="../../ui/mediation/host_tab.py" line="340"/>
        <source>期数</source>
        <translation>Instalments</translation>
    </message>
    <message>
        <location filename="../../ui/mediation/host_tab.py" line="126"/>
        <source>到期日</source>
        <translation>Due date</translation>
    </message>
    <message>
        <location filename="../../ui/mediation/host_tab.py" line="126"/>
        <source>金额（元）</source>
        <translation>Amount (CNY)</translation>
    </message>
    <message>
        <location filename="../../ui/mediation/host_tab.py" line="127"/>
        <location filename="../../ui/mediation/host_tab.py" line="344"/>
        <source>付款日期</source>
        <translation>Payment date</translation>
    </message>
    <message>
        <location filename="../../ui/mediation/host_tab.py" line="127"/>
        <source>已付（元）</source>
        <translation>Paid (CNY)</translation>
    </message>
    <message>
        <location filename="../../ui/mediation/host_tab.py" line="127"/>
        <source>状态</source>
        <translation>State</translation>
    </message>
    <message>
        <location filename="../../ui/mediation/host_tab.py" line="167"/>
        <source>调解中：和解期间自 %1 起，不计入结案期限。</source>
        <translation>In mediation: the settlement period since %1 is not counted in the closing limit.</translation>
    </message>
    <message>
        <location filename="../../ui/mediation/host_tab.py" line="169"/>
        <source>调解协议已由各方签署，调解结案待部门负责人审批。</source>
        <translation>The mediation agreement has been signed by all parties; closing by mediation awaits the department head&apos;s approval.</translation>
    </message>
    <message>
        <location filename="../../ui/mediation/host_tab.py" line="171"/>
        <source>当前阶段不能进行调解。</source>
        <translation>Mediation is not possible at this stage.</translation>
    </message>
    <message>
        <location filename="../../ui/mediation/host_tab.py" line="193"/>
        <source>作废的协议：%1 %2 反悔（%3）；原赔偿数额 %4 元</source>
        <translation>Void agreement: %1 reneged on %2 (%3); original damages CNY %4</translation>
    </message>
    <message>
        <location filename="../../ui/mediation/host_tab.py" line="200"/>
        <source>尚未拟定调解协议。</source>
        <translation>No mediation agreement drafted yet.</translation>
    </message>
    <message>
        <location filename="../../ui/mediation/host_tab.py" line="206"/>
        <source>状态：%1&#x3000;赔偿数额：%2 元</source>
        <translation>State: %1&#x3000;Damages: CNY %2</translation>
    </message>
    <message>
        <location filename="../../ui/mediation/host_tab.py" line="209"/>
        <source>&#x3000;生效日期：%1&#x3000;尚欠：%2 元</source>
        <translation>&#x3000;In force: %1&#x3000;Outstanding: CNY %2</translation>
    </message>
    <message>
        <location filename="../../ui/mediation/host_tab.py" line="213"/>
        <source>未签署</source>
        <translation>Not signed</translation>
    </message>
    <message>
        <location filename="../../ui/mediation/host_tab.py" line="218"/>
        <source>逾期未履行</source>
        <translation>Not performed in time</translation>
    </message>
    <message>
        <location filename="../../ui/mediation/host_tab.py" line="218"/>
        <source>已履行</source>
        <translation>Performed</translation>
    </message>
    <message>
        <location filename="../../ui/mediation/host_tab.py" line="225"/>
        <source>司法确认：双方可于 %1 前共同向人民法院申请（%2）。</source>
        <translation>Judicial confirmation: the parties may apply jointly to the people&apos;s court by %1 (%2).</translation>
    </message>
    <message>
        <location filename="../../ui/mediation/host_tab.py" line="230"/>
        <source>司法确认：%1 向%2申请；%3 %4</source>
        <translation>Judicial confirmation: %1 applied to %2; %3 %4</translation>
    </message>
    <message>
        <location filename="../../ui/mediation/host_tab.py" line="257"/>
        <source>记录调解</source>
        <translation>Record mediation</translation>
    </message>
    <message>
        <location filename="../../ui/mediation/host_tab.py" line="258"/>
        <source>调解日期</source>
        <translation>Mediation date</translation>
    </message>
    <message>
        <location filename="../../ui/mediation/host_tab.py" line="259"/>
        <source>本局调解室</source>
        <translation>This office&apos;s mediation room</translation>
    </message>
    <message>
        <location filename="../../ui/mediation/host_tab.py" line="260"/>
        <source>调解员（多人以、分隔）</source>
        <translation>Mediators (separate several with 、)</translation>
    </message>
    <message>
        <location filename="../../ui/mediation/host_tab.py" line="266"/>
        <location filename="../../ui/mediation/host_tab.py" line="328"/>
        <source>备注</source>
        <translation>Remarks</translation>
    </message>
    <message>
        <location filename="../../ui/mediation/host_tab.py" line="270"/>
        <source>开始和解</source>
        <translation>Start settlement</translation>
    </message>
    <message>
        <location filename="../../ui/mediation/host_tab.py" line="270"/>
        <source>开始日期</source>
        <translation>Start date</translation>
    </message>
    <message>
        <location filename="../../ui/mediation/host_tab.py" line="271"/>
        <source>说明</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location filename="../../ui/mediation/host_tab.py" line="275"/>
        <source>当事人申请和解的期间不计入结案期限（《专利纠纷行政裁决和调解办法》第三十七条）。</source>
        <translation>The settlement period requested by the parties is not counted in the closing limit (Measures for Administrative Adjudication and Mediation of Patent Disputes art. 37).</translation>
    </message>
    <message>
        <location filename="../../ui/mediation/host_tab.py" line="279"/>
        <source>结束和解</source>
        <translation>End settlement</translation>
    </message>
    <message>
        <location filename="../../ui/mediation/host_tab.py" line="279"/>
        <source>结束日期</source>
        <translation>End date</translation>
    </message>
    <message>
        <location filename="../../ui/mediation/host_tab.py" line="293"/>
        <source>登记当事人签署</source>
        <translation>Record party signatures</translation>
    </message>
    <message>
        <location filename="../../ui/mediation/host_tab.py" line="294"/>
        <source>签署人</source>
        <translation>Signatory</translation>
    </message>
    <message>
        <location filename="../../ui/mediation/host_tab.py" line="300"/>
        <source>各方当事人均签署后协议生效；裁决案件随即提交调解结案审批。</source>
        <translation>The agreement takes effect when every party has signed; an adjudication case is then submitted for approval of closing by mediation.</translation>
    </message>
    <message>
        <location filename="../../ui/mediation/host_tab.py" line="304"/>
        <source>当事人签署前反悔</source>
        <translation>A party reneged before signing</translation>
    </message>
    <message>
        <location filename="../../ui/mediation/host_tab.py" line="305"/>
        <source>反悔的当事人</source>
        <translation>Party reneging</translation>
    </message>
    <message>
        <location filename="../../ui/mediation/host_tab.py" line="307"/>
        <source>反悔理由</source>
        <translation>Reason for reneging</translation>
    </message>
    <message>
        <location filename="../../ui/mediation/host_tab.py" line="308"/>
        <source>反悔日期</source>
        <translation>Date reneged</translation>
    </message>
    <message>
        <location filename="../../ui/mediation/host_tab.py" line="312"/>
        <source>协议作废但保留在案；和解期间结束，案件回到原来的程序继续审理。</source>
        <translation>The agreement is void but kept on file; the settlement period ends and the case returns to its procedure.</translation>
    </message>
    <message>
        <location filename="../../ui/mediation/host_tab.py" line="322"/>
        <source>司法确认</source>
        <translation>Judicial confirmation</translation>
    </message>
    <message>
        <location filename="../../ui/mediation/host_tab.py" line="323"/>
        <source>受理法院</source>
        <translation>Court seized</translation>
    </message>
    <message>
        <location filename="../../ui/mediation/host_tab.py" line="324"/>
        <source>申请日期</source>
        <translation>Application date</translation>
    </message>
    <message>
        <location filename="../../ui/mediation/host_tab.py" line="327"/>
        <source>裁定日期</source>
        <translation>Date of the court&apos;s ruling</translation>
    </message>
    <message>
        <location filename="../../ui/mediation/host_tab.py" line="333"/>
        <source>双方当事人可自协议生效之日起三十日内共同向人民法院申请司法确认（%1 前）。</source>
        <translation>The parties may jointly apply to the people&apos;s court for judicial confirmation within 30 days of the agreement taking effect (by %1).</translation>
    </message>
    <message>
        <location filename="../../ui/mediation/host_tab.py" line="339"/>
        <source>登记履行</source>
        <translation>Record performance</translation>
    </message>
    <message>
        <location filename="../../ui/mediation/host_tab.py" line="341"/>
        <source>第%1期（%2 到期，%3 元）</source>
        <translation>Instalment %1 (due %2, CNY %3)</translation>
    </message>
    <message>
        <location filename="../../ui/mediation/host_tab.py" line="345"/>
        <source>付款金额（元）</source>
        <translation>Payment amount (CNY)</translation>
    </message>
</context>
<context>
    <name>MediationRequestDialog</name>
    <message>
        <location filename="../../ui/mediation/request_dialog.py" line="70"/>
        <source>修改调解请求</source>
        <translation>Edit mediation request</translation>
    </message>
    <message>
        <location filename="../../ui/mediation/request_dialog.py" line="70"/>
        <source>登记调解请求</source>
        <translation>Register a mediation request</translation>
    </message>
    <message>
        <location filename="../../ui/mediation/request_dialog.py" line="86"/>
        <source>（登记人）</source>
        <translation>(registered by)</translation>
    </message>
    <message>
        <location filename="../../ui/mediation/request_dialog.py" line="90"/>
        <source>如：确认某专利权归请求人所有；赔偿数额；职务发明报酬</source>
        <translation>e.g. confirm the patent belongs to the requester; damages; remuneration for a service invention</translation>
    </message>
    <message>
        <location filename="../../ui/mediation/request_dialog.py" line="95"/>
        <source>如：30万元（赔偿、报酬、使用费）</source>
        <translation>e.g. CNY 300,000 (damages, remuneration, royalties)</translation>
    </message>
    <message>
        <location filename="../../ui/mediation/request_dialog.py" line="97"/>
        <source>ZL2022 1 0001234.5（可不填）</source>
        <translation>ZL2022 1 0001234.5 (optional)</translation>
    </message>
    <message>
        <location filename="../../ui/mediation/request_dialog.py" line="102"/>
        <source>（外部裁决或判决，填写文号并附副本）</source>
        <translation>(external ruling or judgment: enter its number and attach a copy)</translation>
    </message>
    <message>
        <location filename="../../ui/mediation/request_dialog.py" line="104"/>
        <source>如：（2026）浙01民初123号</source>
        <translation>e.g. (2026)浙01民初123号</translation>
    </message>
    <message>
        <location filename="../../ui/mediation/request_dialog.py" line="106"/>
        <source>未附副本</source>
        <translation>No copy attached</translation>
    </message>
    <message>
        <location filename="../../ui/mediation/request_dialog.py" line="107"/>
        <source>附上副本…</source>
        <translation>Attach a copy…</translation>
    </message>
    <message>
        <location filename="../../ui/mediation/request_dialog.py" line="117"/>
        <source>调解事项类别：</source>
        <translation>Mediation category:</translation>
    </message>
    <message>
        <location filename="../../ui/mediation/request_dialog.py" line="118"/>
        <source>收到日期：</source>
        <translation>Date received:</translation>
    </message>
    <message>
        <location filename="../../ui/mediation/request_dialog.py" line="119"/>
        <source>承办人：</source>
        <translation>Officer in charge:</translation>
    </message>
    <message>
        <location filename="../../ui/mediation/request_dialog.py" line="120"/>
        <source>请求调解的事项：</source>
        <translation>Matters to mediate:</translation>
    </message>
    <message>
        <location filename="../../ui/mediation/request_dialog.py" line="121"/>
        <source>事实和理由：</source>
        <translation>Facts and reasons:</translation>
    </message>
    <message>
        <location filename="../../ui/mediation/request_dialog.py" line="121"/>
        <source>请求金额：</source>
        <translation>Amount claimed:</translation>
    </message>
    <message>
        <location filename="../../ui/mediation/request_dialog.py" line="122"/>
        <source>专利号：</source>
        <translation>Patent number:</translation>
    </message>
    <message>
        <location filename="../../ui/mediation/request_dialog.py" line="122"/>
        <source>专利名称：</source>
        <translation>Patent title:</translation>
    </message>
    <message>
        <location filename="../../ui/mediation/request_dialog.py" line="123"/>
        <source>专利权人：</source>
        <translation>Patentee:</translation>
    </message>
    <message>
        <location filename="../../ui/mediation/request_dialog.py" line="123"/>
        <source>授权公告日：</source>
        <translation>Grant publication date:</translation>
    </message>
    <message>
        <location filename="../../ui/mediation/request_dialog.py" line="124"/>
        <source>认定侵权的裁决：</source>
        <translation>Ruling finding infringement:</translation>
    </message>
    <message>
        <location filename="../../ui/mediation/request_dialog.py" line="125"/>
        <source>外部裁决/判决文号：</source>
        <translation>External ruling/judgment number:</translation>
    </message>
    <message>
        <location filename="../../ui/mediation/request_dialog.py" line="126"/>
        <source>裁决/判决副本：</source>
        <translation>Copy of the ruling/judgment:</translation>
    </message>
    <message>
        <location filename="../../ui/mediation/request_dialog.py" line="131"/>
        <source>调解请求</source>
        <translation>Mediation request</translation>
    </message>
    <message>
        <location filename="../../ui/mediation/request_dialog.py" line="132"/>
        <location filename="../../ui/mediation/request_dialog.py" line="134"/>
        <source>请求人</source>
        <translation>Requester</translation>
    </message>
    <message>
        <location filename="../../ui/mediation/request_dialog.py" line="133"/>
        <location filename="../../ui/mediation/request_dialog.py" line="135"/>
        <source>被请求人</source>
        <translation>Respondent</translation>
    </message>
    <message>
        <location filename="../../ui/mediation/request_dialog.py" line="144"/>
        <source>保存(&amp;S)</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <location filename="../../ui/mediation/request_dialog.py" line="144"/>
        <source>登记(&amp;S)</source>
        <translation>&amp;Register</translation>
    </message>
    <message>
        <location filename="../../ui/mediation/request_dialog.py" line="179"/>
        <source>（原承办人）</source>
        <translation>(previous officer)</translation>
    </message>
    <message>
        <location filename="../../ui/mediation/request_dialog.py" line="206"/>
        <source>须有认定侵权成立的裁决或判决（办法第六十四条）：选择本局的裁决，或填写外部文号并附副本。</source>
        <translation>A ruling or judgment finding infringement is required (Measures art. 64): choose a ruling of this office, or enter an external number and attach a copy.</translation>
    </message>
    <message>
        <location filename="../../ui/mediation/request_dialog.py" line="207"/>
        <source>只能在专利授权后请求调解：须填写授权公告日。</source>
        <translation>Mediation can be requested only after grant: enter the grant publication date.</translation>
    </message>
    <message>
        <location filename="../../ui/mediation/request_dialog.py" line="208"/>
        <source>权属纠纷自立案之日起两个月内结案（经部门负责人批准可延长%1）。</source>
        <translation>An ownership dispute is closed within two months of registration (extendable by %1 with the department head&apos;s approval).</translation>
    </message>
    <message>
        <location filename="../../ui/mediation/request_dialog.py" line="214"/>
        <source>选择裁决书/判决书副本</source>
        <translation>Choose a copy of the ruling/judgment</translation>
    </message>
    <message>
        <location filename="../../ui/mediation/request_dialog.py" line="215"/>
        <source>PDF 或图片 (*.pdf *.png *.jpg *.jpeg *.tif *.tiff)</source>
        <translation>PDF or image (*.pdf *.png *.jpg *.jpeg *.tif *.tiff)</translation>
    </message>
    <message>
        <location filename="../../ui/mediation/request_dialog.py" line="258"/>
        <source>本局裁决 #%1</source>
        <translation>This office&apos;s ruling #%1</translation>
    </message>
</context>
<context>
    <name>MediatorDialog</name>
    <message>
        <location filename="../../ui/mediation/mediators_tab.py" line="39"/>
        <source>修改调解员</source>
        <translation>Edit mediator</translation>
    </message>
    <message>
        <location filename="../../ui/mediation/mediators_tab.py" line="39"/>
        <source>添加调解员</source>
        <translation>Add mediator</translation>
    </message>
    <message>
        <location filename="../../ui/mediation/mediators_tab.py" line="41"/>
        <source>（外部专家）</source>
        <translation>(external expert)</translation>
    </message>
    <message>
        <location filename="../../ui/mediation/mediators_tab.py" line="47"/>
        <source>如：某市知识产权纠纷人民调解委员会</source>
        <translation>e.g. the city&apos;s people&apos;s mediation committee for IP disputes</translation>
    </message>
    <message>
        <location filename="../../ui/mediation/mediators_tab.py" line="50"/>
        <source>用顿号或逗号分隔，如：机械、电子、职务发明</source>
        <translation>Separate with 、 or commas, e.g. machinery, electronics, service inventions</translation>
    </message>
    <message>
        <location filename="../../ui/mediation/mediators_tab.py" line="52"/>
        <source>在库（可被指定）</source>
        <translation>Available (can be assigned)</translation>
    </message>
    <message>
        <location filename="../../ui/mediation/mediators_tab.py" line="54"/>
        <source>本局人员：</source>
        <translation>Office staff:</translation>
    </message>
    <message>
        <location filename="../../ui/mediation/mediators_tab.py" line="54"/>
        <source>姓名：</source>
        <translation>Name:</translation>
    </message>
    <message>
        <location filename="../../ui/mediation/mediators_tab.py" line="55"/>
        <source>单位：</source>
        <translation>Firm:</translation>
    </message>
    <message>
        <location filename="../../ui/mediation/mediators_tab.py" line="55"/>
        <source>电话：</source>
        <translation>Telephone:</translation>
    </message>
    <message>
        <location filename="../../ui/mediation/mediators_tab.py" line="56"/>
        <source>专业领域：</source>
        <translation>Field of expertise:</translation>
    </message>
    <message>
        <location filename="../../ui/mediation/mediators_tab.py" line="56"/>
        <source>备注：</source>
        <translation>Remarks:</translation>
    </message>
    <message>
        <location filename="../../ui/mediation/mediators_tab.py" line="86"/>
        <source>调解员信息已被他人修改</source>
        <translation>The mediator&apos;s details were changed by someone else</translation>
    </message>
</context>
<context>
    <name>MediatorPickDialog</name>
    <message>
        <location filename="../../ui/mediation/mediator_pick_dialog.py" line="39"/>
        <source>指定调解员 — %1</source>
        <translation>Assign a mediator — %1</translation>
    </message>
    <message>
        <location filename="../../ui/mediation/mediator_pick_dialog.py" line="39"/>
        <source>未立案</source>
        <translation>Not registered</translation>
    </message>
    <message>
        <location filename="../../ui/mediation/mediator_pick_dialog.py" line="44"/>
        <source>按专业领域、姓名或单位筛选，如：机械、职务发明</source>
        <translation>Filter by field, name or organisation, e.g. machinery, service invention</translation>
    </message>
</context>
<context>
    <name>MediatorPoolPage</name>
    <message>
        <location filename="../../ui/mediation/mediators_tab.py" line="114"/>
        <source>按专业领域、姓名或单位筛选</source>
        <translation>Filter by field, name or organisation</translation>
    </message>
    <message>
        <location filename="../../ui/mediation/mediators_tab.py" line="116"/>
        <source>添加调解员(&amp;A)…</source>
        <translation>&amp;Add mediator…</translation>
    </message>
    <message>
        <location filename="../../ui/mediation/mediators_tab.py" line="117"/>
        <source>修改(&amp;E)…</source>
        <translation>&amp;Edit…</translation>
    </message>
    <message>
        <location filename="../../ui/mediation/mediators_tab.py" line="127"/>
        <source>姓名</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../ui/mediation/mediators_tab.py" line="127"/>
        <source>类型</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../ui/mediation/mediators_tab.py" line="127"/>
        <source>单位</source>
        <translation>Unit</translation>
    </message>
    <message>
        <location filename="../../ui/mediation/mediators_tab.py" line="127"/>
        <source>电话</source>
        <translation>Telephone</translation>
    </message>
    <message>
        <location filename="../../ui/mediation/mediators_tab.py" line="127"/>
        <source>专业领域</source>
        <translation>Field of expertise</translation>
    </message>
    <message>
        <location filename="../../ui/mediation/mediators_tab.py" line="128"/>
        <source>在办案件</source>
        <translation>Open cases</translation>
    </message>
    <message>
        <location filename="../../ui/mediation/mediators_tab.py" line="128"/>
        <source>状态</source>
        <translation>State</translation>
    </message>
    <message>
        <location filename="../../ui/mediation/mediators_tab.py" line="134"/>
        <source>保存案号格式</source>
        <translation>Save case number format</translation>
    </message>
    <message>
        <location filename="../../ui/mediation/mediators_tab.py" line="136"/>
        <source>调解案号格式（管理员）：</source>
        <translation>Mediation case number format (administrator):</translation>
    </message>
    <message>
        <location filename="../../ui/mediation/mediators_tab.py" line="169"/>
        <source>本局人员</source>
        <translation>Office staff</translation>
    </message>
    <message>
        <location filename="../../ui/mediation/mediators_tab.py" line="169"/>
        <source>外部专家</source>
        <translation>External expert</translation>
    </message>
    <message>
        <location filename="../../ui/mediation/mediators_tab.py" line="170"/>
        <source>在库</source>
        <translation>Available</translation>
    </message>
    <message>
        <location filename="../../ui/mediation/mediators_tab.py" line="170"/>
        <source>已停用</source>
        <translation>Deactivated</translation>
    </message>
    <message>
        <location filename="../../ui/mediation/mediators_tab.py" line="190"/>
        <source>调解案号格式已被他人修改</source>
        <translation>The mediation case number format was changed by someone else</translation>
    </message>
</context>
<context>
    <name>OfficePage</name>
    <message>
        <location filename="../../ui/admin/office_tab.py" line="54"/>
        <source>第二次延长结案期限须经其批准</source>
        <translation>A second extension of the closing limit needs its approval</translation>
    </message>
    <message>
        <location filename="../../ui/admin/office_tab.py" line="55"/>
        <source>机关名称(&amp;N)：</source>
        <translation>Office &amp;name:</translation>
    </message>
    <message>
        <location filename="../../ui/admin/office_tab.py" line="56"/>
        <source>机关简称(&amp;S)：</source>
        <translation>Office &amp;short name:</translation>
    </message>
    <message>
        <location filename="../../ui/admin/office_tab.py" line="57"/>
        <source>案号格式(&amp;P)：</source>
        <translation>Case number &amp;pattern:</translation>
    </message>
    <message>
        <location filename="../../ui/admin/office_tab.py" line="58"/>
        <source>案号示例：</source>
        <translation>Case number example:</translation>
    </message>
    <message>
        <location filename="../../ui/admin/office_tab.py" line="59"/>
        <source>占位符：{机关简称}、{YYYY}（立案年份）、{n}（当年序号，不补零）。例如 {机关简称}知裁字〔{YYYY}〕{n}号</source>
        <translation>Placeholders: {机关简称} (office short name), {YYYY} (year of registration), {n} (number in the year, not zero-padded). E.g. {机关简称}知裁字〔{YYYY}〕{n}号</translation>
    </message>
    <message>
        <location filename="../../ui/admin/office_tab.py" line="64"/>
        <source>地址：</source>
        <translation>Address:</translation>
    </message>
    <message>
        <location filename="../../ui/admin/office_tab.py" line="65"/>
        <source>电话：</source>
        <translation>Telephone:</translation>
    </message>
    <message>
        <location filename="../../ui/admin/office_tab.py" line="66"/>
        <source>邮编：</source>
        <translation>Postcode:</translation>
    </message>
    <message>
        <location filename="../../ui/admin/office_tab.py" line="67"/>
        <source>上级部门(&amp;H)：</source>
        <translation>Superior department: (&amp;H)</translation>
    </message>
    <message>
        <location filename="../../ui/admin/office_tab.py" line="75"/>
        <source>保存(&amp;V)</source>
        <translation>Sa&amp;ve</translation>
    </message>
    <message>
        <location filename="../../ui/admin/office_tab.py" line="92"/>
        <source>下级单位</source>
        <translation>Sub-offices</translation>
    </message>
    <message>
        <location filename="../../ui/admin/office_tab.py" line="98"/>
        <source>机关名称</source>
        <translation>Office name</translation>
    </message>
    <message>
        <location filename="../../ui/admin/office_tab.py" line="98"/>
        <source>机关简称</source>
        <translation>Office short name</translation>
    </message>
    <message>
        <location filename="../../ui/admin/office_tab.py" line="98"/>
        <source>案号格式</source>
        <translation>Case number format</translation>
    </message>
    <message>
        <location filename="../../ui/admin/office_tab.py" line="99"/>
        <source>管理员</source>
        <translation>Administrator</translation>
    </message>
    <message>
        <location filename="../../ui/admin/office_tab.py" line="103"/>
        <source>新增下级单位(&amp;A)…</source>
        <translation>&amp;Add a sub-office…</translation>
    </message>
    <message>
        <location filename="../../ui/admin/office_tab.py" line="128"/>
        <source>本单位是下级单位，不能再新增下级单位。</source>
        <translation>Your office is a sub-office and cannot add sub-offices.</translation>
    </message>
    <message>
        <location filename="../../ui/admin/office_tab.py" line="130"/>
        <source>尚无下级单位。下级单位（如区县局）与本单位共用数据库，各自办案。</source>
        <translation>No sub-offices yet. Sub-offices (e.g. district or county bureaus) share this database with your office and each handles its own cases.</translation>
    </message>
    <message>
        <location filename="../../ui/admin/office_tab.py" line="132"/>
        <source>共 %1 个下级单位。</source>
        <translation>%1 sub-offices.</translation>
    </message>
    <message>
        <location filename="../../ui/admin/office_tab.py" line="146"/>
        <source>新增下级单位</source>
        <translation>Add a sub-office</translation>
    </message>
    <message>
        <location filename="../../ui/admin/office_tab.py" line="146"/>
        <source>已新增 %1，其管理员 %2 可用所设密码登录。</source>
        <translation>%1 added; its administrator %2 can log in with the password set.</translation>
    </message>
    <message>
        <location filename="../../ui/admin/office_tab.py" line="188"/>
        <source>机关信息已被他人修改</source>
        <translation>The office details were changed by someone else</translation>
    </message>
    <message>
        <location filename="../../ui/admin/office_tab.py" line="198"/>
        <source>机关信息</source>
        <translation>Office details</translation>
    </message>
    <message>
        <location filename="../../ui/admin/office_tab.py" line="198"/>
        <source>已保存。新的案号格式从下一件立案的案件起使用。</source>
        <translation>Saved. The new case number format applies from the next case registered.</translation>
    </message>
    <message>
        <location filename="../../ui/sync/pages.py" line="51"/>
        <location filename="../../ui/sync/pages.py" line="67"/>
        <source>笔记本</source>
        <translation>Laptop</translation>
    </message>
    <message>
        <location filename="../../ui/sync/pages.py" line="51"/>
        <location filename="../../ui/sync/pages.py" line="67"/>
        <source>办案人员</source>
        <translation>Officer</translation>
    </message>
    <message>
        <location filename="../../ui/sync/pages.py" line="51"/>
        <source>检出时间</source>
        <translation>Checked out at</translation>
    </message>
    <message>
        <location filename="../../ui/sync/pages.py" line="51"/>
        <source>预计返回</source>
        <translation>Expected return</translation>
    </message>
    <message>
        <location filename="../../ui/sync/pages.py" line="51"/>
        <location filename="../../ui/sync/pages.py" line="67"/>
        <source>记录</source>
        <translation>Record</translation>
    </message>
    <message>
        <location filename="../../ui/sync/pages.py" line="52"/>
        <source>上次签入</source>
        <translation>Last check-in</translation>
    </message>
    <message>
        <location filename="../../ui/sync/pages.py" line="52"/>
        <location filename="../../ui/sync/pages.py" line="56"/>
        <source>状态</source>
        <translation>State</translation>
    </message>
    <message>
        <location filename="../../ui/sync/pages.py" line="55"/>
        <source>所选笔记本的外出记录（双击打开）：</source>
        <translation>Records out on the selected laptop (double-click to open):</translation>
    </message>
    <message>
        <location filename="../../ui/sync/pages.py" line="56"/>
        <source>类别</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../../ui/sync/pages.py" line="56"/>
        <source>编号</source>
        <translation>Number</translation>
    </message>
    <message>
        <location filename="../../ui/sync/pages.py" line="64"/>
        <source>冲突队列（签入时单位未自动执行的操作，需人工处理）：</source>
        <translation>Conflict queue (operations the office did not apply at check-in; a person decides):</translation>
    </message>
    <message>
        <location filename="../../ui/sync/pages.py" line="67"/>
        <source>笔记本上的时间</source>
        <translation>Time on the laptop</translation>
    </message>
    <message>
        <location filename="../../ui/sync/pages.py" line="67"/>
        <source>操作</source>
        <translation>Operation</translation>
    </message>
    <message>
        <location filename="../../ui/sync/pages.py" line="68"/>
        <source>原因</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location filename="../../ui/sync/pages.py" line="82"/>
        <source>外出中的笔记本 %1 台，外出记录 %2 件；冲突待处理 %3 项。</source>
        <translation>%1 laptops out, %2 records out; %3 conflicts to decide.</translation>
    </message>
    <message>
        <location filename="../../ui/sync/pages.py" line="86"/>
        <source>⚠ %1 台笔记本超过 %2 天未签入或已超过预计返回日期。</source>
        <translation>⚠ %1 laptops have not checked in for more than %2 days or are past their expected return date.</translation>
    </message>
    <message>
        <location filename="../../ui/sync/pages.py" line="108"/>
        <source> 等 %1 件</source>
        <translation> and %1 in all</translation>
    </message>
    <message>
        <location filename="../../ui/sync/pages.py" line="112"/>
        <source>%1 天未签入</source>
        <translation>%1 days without check-in</translation>
    </message>
    <message>
        <location filename="../../ui/sync/pages.py" line="114"/>
        <source>已超过预计返回日期</source>
        <translation>Past the expected return date</translation>
    </message>
    <message>
        <location filename="../../ui/sync/pages.py" line="116"/>
        <source>冲突 %1 项</source>
        <translation>%1 conflicts</translation>
    </message>
    <message>
        <location filename="../../ui/sync/pages.py" line="120"/>
        <source>尚未签入</source>
        <translation>Not checked in yet</translation>
    </message>
    <message>
        <location filename="../../ui/sync/pages.py" line="145"/>
        <source>外出中</source>
        <translation>Out</translation>
    </message>
    <message>
        <location filename="../../ui/sync/pages.py" line="145"/>
        <source>已签入 %1</source>
        <translation>Checked in %1</translation>
    </message>
</context>
<context>
    <name>OfficeSetupForm</name>
    <message>
        <location filename="../../ui/admin/office_setup_form.py" line="35"/>
        <source>如 某市市场监督管理局（知识产权局）</source>
        <translation>e.g. 某市市场监督管理局（知识产权局）</translation>
    </message>
    <message>
        <location filename="../../ui/admin/office_setup_form.py" line="38"/>
        <source>案号中的机关简称，如 某市</source>
        <translation>The office short name in the case number, e.g. 某市</translation>
    </message>
    <message>
        <location filename="../../ui/admin/office_setup_form.py" line="45"/>
        <location filename="../../ui/admin/office_setup_form.py" line="97"/>
        <source>系统管理员</source>
        <translation>System administrator</translation>
    </message>
    <message>
        <location filename="../../ui/admin/office_setup_form.py" line="54"/>
        <source>机关全称(&amp;N)：</source>
        <translation>Office full &amp;name:</translation>
    </message>
    <message>
        <location filename="../../ui/admin/office_setup_form.py" line="55"/>
        <source>机关简称(&amp;S)：</source>
        <translation>Office &amp;short name:</translation>
    </message>
    <message>
        <location filename="../../ui/admin/office_setup_form.py" line="56"/>
        <source>案号格式(&amp;P)：</source>
        <translation>Case number &amp;pattern:</translation>
    </message>
    <message>
        <location filename="../../ui/admin/office_setup_form.py" line="57"/>
        <source>第一个案号：</source>
        <translation>First case number:</translation>
    </message>
    <message>
        <location filename="../../ui/admin/office_setup_form.py" line="58"/>
        <source>占位符：{机关简称}、{YYYY}（立案年份）、{n}（当年序号）。</source>
        <translation>Placeholders: {机关简称} (office short name), {YYYY} (year of registration), {n} (number in the year).</translation>
    </message>
    <message>
        <location filename="../../ui/admin/office_setup_form.py" line="62"/>
        <source>管理员用户名(&amp;U)：</source>
        <translation>Administrator&apos;s &amp;user name:</translation>
    </message>
    <message>
        <location filename="../../ui/admin/office_setup_form.py" line="63"/>
        <source>管理员姓名(&amp;M)：</source>
        <translation>Ad&amp;ministrator&apos;s name:</translation>
    </message>
    <message>
        <location filename="../../ui/admin/office_setup_form.py" line="64"/>
        <source>管理员密码(&amp;W)：</source>
        <translation>Administrator&apos;s pass&amp;word:</translation>
    </message>
    <message>
        <location filename="../../ui/admin/office_setup_form.py" line="65"/>
        <source>确认密码(&amp;C)：</source>
        <translation>&amp;Confirm password:</translation>
    </message>
    <message>
        <location filename="../../ui/admin/office_setup_form.py" line="80"/>
        <source>至少 %1 位</source>
        <translation>At least %1 characters</translation>
    </message>
    <message>
        <location filename="../../ui/admin/office_setup_form.py" line="82"/>
        <source>，须含字母和数字</source>
        <translation>, with letters and digits</translation>
    </message>
    <message>
        <location filename="../../ui/admin/office_setup_form.py" line="135"/>
        <source>两次输入的密码不一致</source>
        <translation>The two passwords do not match</translation>
    </message>
</context>
<context>
    <name>OpenPackageDialog</name>
    <message>
        <location filename="../../ui/sync/open_package_dialog.py" line="43"/>
        <source>打开案件包</source>
        <translation>Open a case package</translation>
    </message>
    <message>
        <location filename="../../ui/sync/open_package_dialog.py" line="45"/>
        <source>“%1”将在本机打开为只读副本：可以查阅其中的案件、当事人、文书和证据，不能修改，也不能签入。
请输入移送机关告知的数据包口令，并为本机关查阅人建立一个登录副本用的账户（只在该副本中有效）。</source>
        <translation>&quot;%1&quot; will be opened on this computer as a read-only copy: its cases, parties, documents and evidence can be read, not changed and not checked in.
Enter the package passphrase the sending office gave you, and create an account for this office&apos;s reader to sign in to the copy (valid in that copy only).</translation>
    </message>
    <message>
        <location filename="../../ui/sync/open_package_dialog.py" line="50"/>
        <source>数据包口令(&amp;P)：</source>
        <translation>Package &amp;passphrase:</translation>
    </message>
    <message>
        <location filename="../../ui/sync/open_package_dialog.py" line="52"/>
        <source>查阅人用户名(&amp;U)：</source>
        <translation>Reader&apos;s &amp;user name:</translation>
    </message>
    <message>
        <location filename="../../ui/sync/open_package_dialog.py" line="53"/>
        <source>查阅人姓名(&amp;N)：</source>
        <translation>Reader&apos;s &amp;name:</translation>
    </message>
    <message>
        <location filename="../../ui/sync/open_package_dialog.py" line="56"/>
        <source>查阅人密码(&amp;W)：</source>
        <translation>Reader&apos;s pass&amp;word:</translation>
    </message>
    <message>
        <location filename="../../ui/sync/open_package_dialog.py" line="58"/>
        <source>再次输入密码(&amp;A)：</source>
        <translation>Password &amp;again:</translation>
    </message>
</context>
<context>
    <name>PanelEditor</name>
    <message>
        <location filename="../../ui/cases/panel_editor.py" line="42"/>
        <source>合议组由合议组长和审理员组成，须为三人以上单数；书记员负责记录，技术调查官不参与表决。</source>
        <translation>The panel consists of a presiding member and examiners, three or more and an odd number; the clerk keeps the record and the technical investigator does not vote.</translation>
    </message>
    <message>
        <location filename="../../ui/cases/panel_editor.py" line="50"/>
        <source>合议组长(&amp;L)：</source>
        <translation>Presiding member: (&amp;L)</translation>
    </message>
    <message>
        <location filename="../../ui/cases/panel_editor.py" line="55"/>
        <source>审理员：</source>
        <translation>Examiners:</translation>
    </message>
    <message>
        <location filename="../../ui/cases/panel_editor.py" line="57"/>
        <source>增加审理员(&amp;A)</source>
        <translation>&amp;Add an examiner</translation>
    </message>
    <message>
        <location filename="../../ui/cases/panel_editor.py" line="58"/>
        <source>减少审理员</source>
        <translation>Remove an examiner</translation>
    </message>
    <message>
        <location filename="../../ui/cases/panel_editor.py" line="67"/>
        <source>书记员(&amp;K)：</source>
        <translation>Cler&amp;k:</translation>
    </message>
    <message>
        <location filename="../../ui/cases/panel_editor.py" line="70"/>
        <source>技术调查官(&amp;T)：</source>
        <translation>&amp;Technical investigator:</translation>
    </message>
    <message>
        <location filename="../../ui/cases/panel_editor.py" line="79"/>
        <source>保存合议组(&amp;S)</source>
        <translation>&amp;Save panel</translation>
    </message>
    <message>
        <location filename="../../ui/cases/panel_editor.py" line="129"/>
        <source>（不指定）</source>
        <translation>(not specified)</translation>
    </message>
    <message>
        <location filename="../../ui/cases/panel_editor.py" line="138"/>
        <source>请选择…</source>
        <translation>Please choose…</translation>
    </message>
    <message>
        <location filename="../../ui/cases/panel_editor.py" line="210"/>
        <source>此案件已被他人修改</source>
        <translation>This case was changed by someone else</translation>
    </message>
</context>
<context>
    <name>PartyCorrectionDialog</name>
    <message>
        <location filename="../../ui/cases/correction_dialog.py" line="32"/>
        <source>更正当事人信息 — %1</source>
        <translation>Correct party details — %1</translation>
    </message>
    <message>
        <location filename="../../ui/cases/correction_dialog.py" line="33"/>
        <source>立案后当事人信息的更正须经部门负责人批准；批准后，此后制发的文书使用更正后的信息，时间线记录更正前后的内容。身份证号留空表示不变。</source>
        <translation>After registration, corrections of party details need the department head&apos;s approval; once approved, documents issued afterwards use the corrected details and the timeline records before and after. Leave the ID number empty to keep it.</translation>
    </message>
    <message>
        <location filename="../../ui/cases/correction_dialog.py" line="38"/>
        <source>当事人(&amp;P)：</source>
        <translation>&amp;Party:</translation>
    </message>
    <message>
        <location filename="../../ui/cases/correction_dialog.py" line="43"/>
        <source>名称/姓名(&amp;N)：</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <location filename="../../ui/cases/correction_dialog.py" line="43"/>
        <source>统一社会信用代码(&amp;C)：</source>
        <translation>Unified social credit &amp;code:</translation>
    </message>
    <message>
        <location filename="../../ui/cases/correction_dialog.py" line="44"/>
        <source>身份证号(&amp;I)：</source>
        <translation>&amp;ID number:</translation>
    </message>
    <message>
        <location filename="../../ui/cases/correction_dialog.py" line="44"/>
        <source>法定代表人(&amp;L)：</source>
        <translation>&amp;Legal representative:</translation>
    </message>
    <message>
        <location filename="../../ui/cases/correction_dialog.py" line="45"/>
        <source>职务(&amp;T)：</source>
        <translation>Posi&amp;tion:</translation>
    </message>
    <message>
        <location filename="../../ui/cases/correction_dialog.py" line="45"/>
        <source>地址(&amp;A)：</source>
        <translation>&amp;Address:</translation>
    </message>
    <message>
        <location filename="../../ui/cases/correction_dialog.py" line="46"/>
        <source>电话(&amp;H)：</source>
        <translation>Telep&amp;hone:</translation>
    </message>
    <message>
        <location filename="../../ui/cases/correction_dialog.py" line="50"/>
        <source>更正理由(&amp;R)：</source>
        <translation>&amp;Reason for the correction:</translation>
    </message>
</context>
<context>
    <name>PassphraseDialog</name>
    <message>
        <location filename="../../ui/shell/passphrase_dialog.py" line="22"/>
        <source>打开加密的数据库</source>
        <translation>Open the encrypted database</translation>
    </message>
    <message>
        <location filename="../../ui/shell/passphrase_dialog.py" line="25"/>
        <source>本机数据库已加密：%1
请输入数据库口令。</source>
        <translation>The database on this machine is encrypted: %1
Enter the database passphrase.</translation>
    </message>
    <message>
        <location filename="../../ui/shell/passphrase_dialog.py" line="32"/>
        <source>口令(&amp;P)：</source>
        <translation>&amp;Passphrase:</translation>
    </message>
    <message>
        <location filename="../../ui/shell/passphrase_dialog.py" line="39"/>
        <source>记住在本机的系统密钥库中（以后启动不再询问）</source>
        <translation>Remember in this machine&apos;s system key store (no more asking at start)</translation>
    </message>
    <message>
        <location filename="../../ui/shell/passphrase_dialog.py" line="48"/>
        <source>本机没有可用的系统密钥库（%1），无法记住口令，每次启动都需输入。</source>
        <translation>This machine has no usable system key store (%1); the passphrase cannot be remembered and must be entered at every start.</translation>
    </message>
    <message>
        <location filename="../../ui/shell/passphrase_dialog.py" line="51"/>
        <source>口令由操作系统保管（Windows 凭据管理器、macOS 钥匙串等）；任何能登录本机这个账户的人都能打开数据库。</source>
        <translation>The passphrase is kept by the operating system (Windows Credential Manager, macOS Keychain, etc.); anyone who can log in to this account on this machine can open the database.</translation>
    </message>
    <message>
        <location filename="../../ui/shell/passphrase_dialog.py" line="56"/>
        <source>打开</source>
        <translation>Open</translation>
    </message>
    <message>
        <location filename="../../ui/shell/passphrase_dialog.py" line="57"/>
        <source>退出</source>
        <translation>Quit</translation>
    </message>
    <message>
        <location filename="../../ui/shell/passphrase_dialog.py" line="69"/>
        <source>口令不正确，请重新输入。</source>
        <translation>Wrong passphrase, please enter it again.</translation>
    </message>
</context>
<context>
    <name>PasswordDialog</name>
    <message>
        <location filename="../../ui/admin/password_dialog.py" line="34"/>
        <source>修改密码 — %1</source>
        <translation>Change password — %1</translation>
    </message>
    <message>
        <location filename="../../ui/admin/password_dialog.py" line="36"/>
        <source>您的密码已过期或由管理员设置，请先设置一个只有您知道的新密码。</source>
        <translation>Your password has expired or was set by an administrator: first set a new password only you know.</translation>
    </message>
    <message>
        <location filename="../../ui/admin/password_dialog.py" line="40"/>
        <source>原密码(&amp;O)：</source>
        <translation>&amp;Old password:</translation>
    </message>
    <message>
        <location filename="../../ui/admin/password_dialog.py" line="41"/>
        <source>新密码(&amp;N)：</source>
        <translation>&amp;New password:</translation>
    </message>
    <message>
        <location filename="../../ui/admin/password_dialog.py" line="42"/>
        <source>确认新密码(&amp;C)：</source>
        <translation>&amp;Confirm new password:</translation>
    </message>
    <message>
        <location filename="../../ui/admin/password_dialog.py" line="60"/>
        <source>两次输入的新密码不一致</source>
        <translation>The two new passwords do not match</translation>
    </message>
</context>
<context>
    <name>PdfPreviewDialog</name>
    <message>
        <location filename="../../ui/common/pdf_preview.py" line="85"/>
        <source>共 %1 页</source>
        <translation>%1 pages</translation>
    </message>
    <message>
        <location filename="../../ui/common/pdf_preview.py" line="88"/>
        <source>打印(&amp;P)…</source>
        <translation>&amp;Print…</translation>
    </message>
    <message>
        <location filename="../../ui/common/pdf_preview.py" line="90"/>
        <source>另存为(&amp;S)…</source>
        <translation>&amp;Save as…</translation>
    </message>
    <message>
        <location filename="../../ui/common/pdf_preview.py" line="92"/>
        <source>用 Word/WPS 打开(&amp;W)</source>
        <translation>Open in &amp;Word/WPS</translation>
    </message>
    <message>
        <location filename="../../ui/common/pdf_preview.py" line="114"/>
        <source>另存为</source>
        <translation>Save as</translation>
    </message>
    <message>
        <location filename="../../ui/common/pdf_preview.py" line="115"/>
        <source>PDF 文件 (*.pdf);;Word 文档 (*.docx)</source>
        <translation>PDF file (*.pdf);;Word document (*.docx)</translation>
    </message>
</context>
<context>
    <name>PendingServiceModel</name>
    <message>
        <location filename="../../ui/documents/register_models.py" line="77"/>
        <source>案号</source>
        <translation>Case no.</translation>
    </message>
    <message>
        <location filename="../../ui/documents/register_models.py" line="78"/>
        <source>文书</source>
        <translation>Document</translation>
    </message>
    <message>
        <location filename="../../ui/documents/register_models.py" line="78"/>
        <source>文号</source>
        <translation>Document no.</translation>
    </message>
    <message>
        <location filename="../../ui/documents/register_models.py" line="79"/>
        <source>受送达人</source>
        <translation>Addressee</translation>
    </message>
    <message>
        <location filename="../../ui/documents/register_models.py" line="80"/>
        <source>签发时间</source>
        <translation>Issued at</translation>
    </message>
    <message>
        <location filename="../../ui/documents/register_models.py" line="81"/>
        <source>公告期满视为送达</source>
        <translation>Deemed served when the notice period ends</translation>
    </message>
</context>
<context>
    <name>PostponementDialog</name>
    <message>
        <location filename="../../ui/hearings/forms.py" line="83"/>
        <source>登记延期口审申请</source>
        <translation>Record a hearing postponement request</translation>
    </message>
    <message>
        <location filename="../../ui/hearings/forms.py" line="85"/>
        <source>收到日期(&amp;D)</source>
        <translation>&amp;Date received</translation>
    </message>
    <message>
        <location filename="../../ui/hearings/forms.py" line="87"/>
        <source>申请理由(&amp;R)</source>
        <translation>&amp;Reasons for the application</translation>
    </message>
</context>
<context>
    <name>PublicationDecisionDialog</name>
    <message>
        <location filename="../../ui/publication/decision_dialog.py" line="22"/>
        <source>审批公开裁决书 — %1</source>
        <translation>Approve publication of the ruling — %1</translation>
    </message>
    <message>
        <location filename="../../ui/publication/decision_dialog.py" line="23"/>
        <source>第%1版，隐去 %2 项；报请人 %3。</source>
        <translation>Version %1, %2 items masked; submitted by %3.</translation>
    </message>
    <message>
        <location filename="../../ui/publication/decision_dialog.py" line="26"/>
        <source>注意：报请人确认按原文公开（未隐去任何内容）。</source>
        <translation>Note: the submitter confirmed publishing the text as it is (nothing masked).</translation>
    </message>
    <message>
        <location filename="../../ui/publication/decision_dialog.py" line="28"/>
        <source>更正并替代第%1版，理由：%2</source>
        <translation>Corrects and replaces version %1; reason: %2</translation>
    </message>
    <message>
        <location filename="../../ui/publication/decision_dialog.py" line="38"/>
        <source>批准公开(&amp;A)</source>
        <translation>&amp;Approve publication</translation>
    </message>
    <message>
        <location filename="../../ui/publication/decision_dialog.py" line="40"/>
        <source>退回(&amp;R)</source>
        <translation>&amp;Return</translation>
    </message>
    <message>
        <location filename="../../ui/publication/decision_dialog.py" line="41"/>
        <source>公开网址或地点(&amp;P)：</source>
        <translation>Where &amp;published (URL or place):</translation>
    </message>
    <message>
        <location filename="../../ui/publication/decision_dialog.py" line="43"/>
        <source>意见(&amp;O)：</source>
        <translation>&amp;Opinion:</translation>
    </message>
</context>
<context>
    <name>PublicationTab</name>
    <message>
        <location filename="../../ui/publication/case_tab.py" line="46"/>
        <source>裁决书应自作出之日起20个工作日内公开（M25 第八十三条），隐去个人隐私、商业秘密和当事人申请不予公开的内容；公开须经部门负责人批准，已公开的版本不能修改，更正时制作新版本。</source>
        <translation>A ruling is published within 20 working days of being made (M25 art. 83), with personal privacy, trade secrets and what the parties asked not to publish masked; publication needs the department head&apos;s approval; a published version cannot change, and a correction is a new version.</translation>
    </message>
    <message>
        <location filename="../../ui/publication/case_tab.py" line="51"/>
        <source>编辑公开版本(&amp;E)…</source>
        <translation>&amp;Edit the published version…</translation>
    </message>
    <message>
        <location filename="../../ui/publication/case_tab.py" line="53"/>
        <source>审批(&amp;D)…</source>
        <translation>&amp;Decide…</translation>
    </message>
    <message>
        <location filename="../../ui/publication/case_tab.py" line="55"/>
        <source>查看/打印(&amp;V)</source>
        <translation>&amp;View/print</translation>
    </message>
    <message>
        <location filename="../../ui/publication/case_tab.py" line="57"/>
        <source>典型案例(&amp;T)…</source>
        <translation>&amp;Typical case…</translation>
    </message>
    <message>
        <location filename="../../ui/publication/case_tab.py" line="59"/>
        <source>登记变更/撤销(&amp;C)…</source>
        <translation>Record a &amp;change/revocation…</translation>
    </message>
    <message>
        <location filename="../../ui/publication/case_tab.py" line="61"/>
        <source>裁决因行政诉讼被变更或撤销：其公开期限自变更或撤销之日起计算</source>
        <translation>Ruling changed or revoked after an administrative suit: its publication period runs from the change or revocation</translation>
    </message>
    <message>
        <location filename="../../ui/publication/case_tab.py" line="66"/>
        <source>版本</source>
        <translation>Version</translation>
    </message>
    <message>
        <location filename="../../ui/publication/case_tab.py" line="66"/>
        <source>状态</source>
        <translation>State</translation>
    </message>
    <message>
        <location filename="../../ui/publication/case_tab.py" line="66"/>
        <source>隐去项</source>
        <translation>Masked items</translation>
    </message>
    <message>
        <location filename="../../ui/publication/case_tab.py" line="66"/>
        <source>报请人</source>
        <translation>Submitted by</translation>
    </message>
    <message>
        <location filename="../../ui/publication/case_tab.py" line="67"/>
        <source>批准人</source>
        <translation>Approved by</translation>
    </message>
    <message>
        <location filename="../../ui/publication/case_tab.py" line="67"/>
        <source>公开日期</source>
        <translation>Publication date</translation>
    </message>
    <message>
        <location filename="../../ui/publication/case_tab.py" line="67"/>
        <source>公开网址或地点</source>
        <translation>Where published (URL or place)</translation>
    </message>
    <message>
        <location filename="../../ui/publication/case_tab.py" line="67"/>
        <source>替代</source>
        <translation>Replaces</translation>
    </message>
    <message>
        <location filename="../../ui/publication/case_tab.py" line="75"/>
        <source>当事人申请不予公开的内容：</source>
        <translation>Content the parties asked not to publish:</translation>
    </message>
    <message>
        <location filename="../../ui/publication/case_tab.py" line="77"/>
        <source>登记申请(&amp;S)…</source>
        <translation>Record a reque&amp;st…</translation>
    </message>
    <message>
        <location filename="../../ui/publication/case_tab.py" line="79"/>
        <location filename="../../ui/publication/case_tab.py" line="214"/>
        <source>删除申请</source>
        <translation>Delete request</translation>
    </message>
    <message>
        <location filename="../../ui/publication/case_tab.py" line="84"/>
        <source>申请日期</source>
        <translation>Application date</translation>
    </message>
    <message>
        <location filename="../../ui/publication/case_tab.py" line="84"/>
        <source>申请人</source>
        <translation>Applicant</translation>
    </message>
    <message>
        <location filename="../../ui/publication/case_tab.py" line="84"/>
        <source>不予公开的内容</source>
        <translation>Content not to publish</translation>
    </message>
    <message>
        <location filename="../../ui/publication/case_tab.py" line="85"/>
        <source>金额</source>
        <translation>Amount</translation>
    </message>
    <message>
        <location filename="../../ui/publication/case_tab.py" line="85"/>
        <source>登记人</source>
        <translation>Recorded by</translation>
    </message>
    <message>
        <location filename="../../ui/publication/case_tab.py" line="85"/>
        <source>理由或备注</source>
        <translation>Reason or notes</translation>
    </message>
    <message>
        <location filename="../../ui/publication/case_tab.py" line="121"/>
        <source>典型案例（%1年度）：%2</source>
        <translation>Typical cases (%1): %2</translation>
    </message>
    <message>
        <location filename="../../ui/publication/case_tab.py" line="122"/>
        <source>本案未标记为典型案例。</source>
        <translation>This case is not marked as typical.</translation>
    </message>
    <message>
        <location filename="../../ui/publication/case_tab.py" line="186"/>
        <source>公开版第%1版</source>
        <translation>Public version %1</translation>
    </message>
    <message>
        <location filename="../../ui/publication/case_tab.py" line="214"/>
        <source>删除%1于%2提出的不予公开申请吗？已报请的公开版本不受影响。</source>
        <translation>Delete the confidentiality request %1 made on %2? Versions already submitted for publication are not affected.</translation>
    </message>
</context>
<context>
    <name>PublicationView</name>
    <message>
        <location filename="../../ui/publication/section.py" line="42"/>
        <source>已公开</source>
        <translation>Published</translation>
    </message>
    <message>
        <location filename="../../ui/publication/section.py" line="43"/>
        <source>待批准</source>
        <translation>Awaiting approval</translation>
    </message>
    <message>
        <location filename="../../ui/publication/section.py" line="44"/>
        <source>全部</source>
        <translation>All</translation>
    </message>
    <message>
        <location filename="../../ui/publication/section.py" line="46"/>
        <source>状态：</source>
        <translation>State:</translation>
    </message>
    <message>
        <location filename="../../ui/publication/section.py" line="50"/>
        <location filename="../../ui/publication/section.py" line="80"/>
        <source>案号</source>
        <translation>Case number</translation>
    </message>
    <message>
        <location filename="../../ui/publication/section.py" line="50"/>
        <source>公开文书</source>
        <translation>Published document</translation>
    </message>
    <message>
        <location filename="../../ui/publication/section.py" line="50"/>
        <source>版本</source>
        <translation>Version</translation>
    </message>
    <message>
        <location filename="../../ui/publication/section.py" line="50"/>
        <source>状态</source>
        <translation>State</translation>
    </message>
    <message>
        <location filename="../../ui/publication/section.py" line="50"/>
        <source>裁决日期</source>
        <translation>Ruling date</translation>
    </message>
    <message>
        <location filename="../../ui/publication/section.py" line="51"/>
        <source>公开日期</source>
        <translation>Publication date</translation>
    </message>
    <message>
        <location filename="../../ui/publication/section.py" line="51"/>
        <source>公开网址或地点</source>
        <translation>Where published (URL or place)</translation>
    </message>
    <message>
        <location filename="../../ui/publication/section.py" line="51"/>
        <source>报请人</source>
        <translation>Submitted by</translation>
    </message>
    <message>
        <location filename="../../ui/publication/section.py" line="51"/>
        <source>批准人</source>
        <translation>Approved by</translation>
    </message>
    <message>
        <location filename="../../ui/publication/section.py" line="52"/>
        <source>隐去项</source>
        <translation>Masked items</translation>
    </message>
    <message>
        <location filename="../../ui/publication/section.py" line="52"/>
        <source>替代版本</source>
        <translation>Replaced version</translation>
    </message>
    <message>
        <location filename="../../ui/publication/section.py" line="55"/>
        <location filename="../../ui/publication/section.py" line="57"/>
        <source>行政裁决公开登记</source>
        <translation>Register of published rulings</translation>
    </message>
    <message>
        <location filename="../../ui/publication/section.py" line="61"/>
        <source>裁决公开登记</source>
        <translation>Published rulings</translation>
    </message>
    <message>
        <location filename="../../ui/publication/section.py" line="69"/>
        <source>全部年度</source>
        <translation>All years</translation>
    </message>
    <message>
        <location filename="../../ui/publication/section.py" line="73"/>
        <source>年度：</source>
        <translation>Year:</translation>
    </message>
    <message>
        <location filename="../../ui/publication/section.py" line="76"/>
        <source>导出 DOCX…</source>
        <translation>Export DOCX…</translation>
    </message>
    <message>
        <location filename="../../ui/publication/section.py" line="80"/>
        <source>年度</source>
        <translation>Year</translation>
    </message>
    <message>
        <location filename="../../ui/publication/section.py" line="80"/>
        <source>案例标题</source>
        <translation>Case title</translation>
    </message>
    <message>
        <location filename="../../ui/publication/section.py" line="80"/>
        <source>结案日期</source>
        <translation>Closing date</translation>
    </message>
    <message>
        <location filename="../../ui/publication/section.py" line="81"/>
        <source>标记人</source>
        <translation>Marked by</translation>
    </message>
    <message>
        <location filename="../../ui/publication/section.py" line="81"/>
        <source>案例要旨</source>
        <translation>Summary</translation>
    </message>
    <message>
        <location filename="../../ui/publication/section.py" line="83"/>
        <location filename="../../ui/publication/section.py" line="85"/>
        <location filename="../../ui/publication/section.py" line="89"/>
        <location filename="../../ui/publication/section.py" line="117"/>
        <source>典型案例</source>
        <translation>Typical cases</translation>
    </message>
    <message>
        <location filename="../../ui/publication/section.py" line="118"/>
        <location filename="../../ui/publication/section.py" line="134"/>
        <source>导出典型案例</source>
        <translation>Export typical cases</translation>
    </message>
</context>
<context>
    <name>RecordCheckoutLine</name>
    <message>
        <location filename="../../ui/sync/markers.py" line="93"/>
        <source>，预计 %1 返回</source>
        <translation>, expected back %1</translation>
    </message>
    <message>
        <location filename="../../ui/sync/markers.py" line="95"/>
        <source>外出办案（笔记本副本）：%1，笔记本“%2”，自 %3 起%4。在此所做的修改签入单位数据库后生效。</source>
        <translation>Out in the field (laptop copy): %1, laptop &quot;%2&quot;, since %3%4. Changes made here take effect at check-in to the office database.</translation>
    </message>
    <message>
        <location filename="../../ui/sync/markers.py" line="97"/>
        <source>外出办案：%1，笔记本“%2”，自 %3 起%4。签入之前，单位只能登记邮寄送达回证和当事人提交的材料，其他修改会被拒绝（请在笔记本上办理，或由部门负责人结束外出）。</source>
        <translation>Out in the field: %1, laptop &quot;%2&quot;, since %3%4. Until check-in the office may only record proofs of service returned by post and what the parties submit; other changes are refused (work on the laptop, or have the department head end the check-out).</translation>
    </message>
</context>
<context>
    <name>RecordTables</name>
    <message>
        <location filename="../../ui/hearings/record_tables.py" line="108"/>
        <source>方别</source>
        <translation>Side</translation>
    </message>
    <message>
        <location filename="../../ui/hearings/record_tables.py" line="108"/>
        <source>身份</source>
        <translation>Capacity</translation>
    </message>
    <message>
        <location filename="../../ui/hearings/record_tables.py" line="109"/>
        <source>姓名/名称</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../ui/hearings/record_tables.py" line="110"/>
        <source>所属当事人</source>
        <translation>For party</translation>
    </message>
    <message>
        <location filename="../../ui/hearings/record_tables.py" line="110"/>
        <source>到庭</source>
        <translation>Present</translation>
    </message>
    <message>
        <location filename="../../ui/hearings/record_tables.py" line="111"/>
        <source>身份已核对</source>
        <translation>Identity checked</translation>
    </message>
    <message>
        <location filename="../../ui/hearings/record_tables.py" line="112"/>
        <source>拒绝签名</source>
        <translation>Refused to sign</translation>
    </message>
    <message>
        <location filename="../../ui/hearings/record_tables.py" line="112"/>
        <source>拒签情况</source>
        <translation>Refusal to sign</translation>
    </message>
    <message>
        <location filename="../../ui/hearings/record_tables.py" line="155"/>
        <source>证据</source>
        <translation>Evidence</translation>
    </message>
    <message>
        <location filename="../../ui/hearings/record_tables.py" line="155"/>
        <source>真实性</source>
        <translation>Authenticity</translation>
    </message>
    <message>
        <location filename="../../ui/hearings/record_tables.py" line="156"/>
        <source>合法性</source>
        <translation>Legality</translation>
    </message>
    <message>
        <location filename="../../ui/hearings/record_tables.py" line="157"/>
        <source>关联性</source>
        <translation>Relevance</translation>
    </message>
    <message>
        <location filename="../../ui/hearings/record_tables.py" line="157"/>
        <source>对方质证意见</source>
        <translation>Other side&apos;s view</translation>
    </message>
    <message>
        <location filename="../../ui/hearings/record_tables.py" line="158"/>
        <source>合议组意见</source>
        <translation>Panel&apos;s opinion</translation>
    </message>
    <message>
        <location filename="../../ui/hearings/record_tables.py" line="188"/>
        <source>权利要求</source>
        <translation>Claim</translation>
    </message>
    <message>
        <location filename="../../ui/hearings/record_tables.py" line="188"/>
        <source>技术特征</source>
        <translation>Technical feature</translation>
    </message>
    <message>
        <location filename="../../ui/hearings/record_tables.py" line="189"/>
        <source>被控侵权产品对应特征</source>
        <translation>Corresponding feature of the accused product</translation>
    </message>
    <message>
        <location filename="../../ui/hearings/record_tables.py" line="189"/>
        <source>比对</source>
        <translation>Comparison</translation>
    </message>
    <message>
        <location filename="../../ui/hearings/record_tables.py" line="190"/>
        <source>合议组认定</source>
        <translation>Panel&apos;s finding</translation>
    </message>
</context>
<context>
    <name>RecusalBox</name>
    <message>
        <location filename="../../ui/recusal/applications_list.py" line="32"/>
        <source>收到</source>
        <translation>Received</translation>
    </message>
    <message>
        <location filename="../../ui/recusal/applications_list.py" line="32"/>
        <source>申请人</source>
        <translation>Applicant</translation>
    </message>
    <message>
        <location filename="../../ui/recusal/applications_list.py" line="33"/>
        <source>被申请回避人员</source>
        <translation>Person challenged</translation>
    </message>
    <message>
        <location filename="../../ui/recusal/applications_list.py" line="34"/>
        <source>事由</source>
        <translation>Ground</translation>
    </message>
    <message>
        <location filename="../../ui/recusal/applications_list.py" line="34"/>
        <source>提出时间</source>
        <translation>Time raised</translation>
    </message>
    <message>
        <location filename="../../ui/recusal/applications_list.py" line="35"/>
        <source>状态</source>
        <translation>State</translation>
    </message>
    <message>
        <location filename="../../ui/recusal/applications_list.py" line="36"/>
        <source>决定</source>
        <translation>Decision</translation>
    </message>
    <message>
        <location filename="../../ui/recusal/applications_list.py" line="43"/>
        <source>回避申请</source>
        <translation>Recusal application</translation>
    </message>
    <message>
        <location filename="../../ui/recusal/applications_list.py" line="60"/>
        <source>登记回避申请(&amp;H)…</source>
        <translation>Record a recusal application… (&amp;H)</translation>
    </message>
    <message>
        <location filename="../../ui/recusal/applications_list.py" line="63"/>
        <source>决定(&amp;J)…</source>
        <translation>Decide… (&amp;J)</translation>
    </message>
    <message>
        <location filename="../../ui/recusal/applications_list.py" line="65"/>
        <source>回避由部门负责人决定</source>
        <translation>Recusal is decided by the department head</translation>
    </message>
    <message>
        <location filename="../../ui/recusal/applications_list.py" line="67"/>
        <source>查看决定书</source>
        <translation>View the decision</translation>
    </message>
    <message>
        <location filename="../../ui/recusal/applications_list.py" line="91"/>
        <source>回避申请待决定：%1 暂停参与本案工作。</source>
        <translation>Recusal application pending: %1 takes no part in the case until it is decided.</translation>
    </message>
    <message>
        <location filename="../../ui/recusal/applications_list.py" line="94"/>
        <source>在此期间合议组不完整（%1），口审、合议等须由合议组进行的工作暂停。</source>
        <translation>During this period the panel is incomplete (%1); hearings, deliberation and other work of the panel are paused.</translation>
    </message>
    <message>
        <location filename="../../ui/recusal/applications_list.py" line="103"/>
        <source>；更换为 %1</source>
        <translation>; replaced by %1</translation>
    </message>
    <message>
        <location filename="../../ui/recusal/applications_list.py" line="107"/>
        <source>应于 %1 前决定</source>
        <translation>Decide by %1</translation>
    </message>
    <message>
        <location filename="../../ui/recusal/applications_list.py" line="108"/>
        <source>（口头）</source>
        <translation>(oral)</translation>
    </message>
</context>
<context>
    <name>RecusalDecisionDialog</name>
    <message>
        <location filename="../../ui/recusal/decision_dialog.py" line="40"/>
        <source>决定回避申请</source>
        <translation>Decide the recusal application</translation>
    </message>
    <message>
        <location filename="../../ui/recusal/decision_dialog.py" line="42"/>
        <source>%1 于 %2 申请 %3 回避。
事由：%4
理由：%5
（应于 %6 前作出决定）</source>
        <translation>On %2, %1 applied for the recusal of %3.
Ground: %4
Reasons: %5
(to be decided by %6)</translation>
    </message>
    <message>
        <location filename="../../ui/recusal/decision_dialog.py" line="49"/>
        <source>决定回避(&amp;G)</source>
        <translation>Recuse (&amp;G)</translation>
    </message>
    <message>
        <location filename="../../ui/recusal/decision_dialog.py" line="51"/>
        <source>驳回申请(&amp;J)</source>
        <translation>Dismiss the application (&amp;J)</translation>
    </message>
    <message>
        <location filename="../../ui/recusal/decision_dialog.py" line="62"/>
        <source>决定：</source>
        <translation>Decision:</translation>
    </message>
    <message>
        <location filename="../../ui/recusal/decision_dialog.py" line="65"/>
        <source>（暂不指定）</source>
        <translation>(not specified yet)</translation>
    </message>
    <message>
        <location filename="../../ui/recusal/decision_dialog.py" line="70"/>
        <source>由谁接替(&amp;P)：</source>
        <translation>Re&amp;placed by:</translation>
    </message>
    <message>
        <location filename="../../ui/recusal/decision_dialog.py" line="73"/>
        <source>更换为(&amp;P)：</source>
        <translation>Re&amp;place with:</translation>
    </message>
    <message>
        <location filename="../../ui/recusal/decision_dialog.py" line="78"/>
        <source>审查意见(&amp;R)：</source>
        <translation>&amp;Review opinion:</translation>
    </message>
    <message>
        <location filename="../../ui/recusal/decision_dialog.py" line="81"/>
        <source>决定日期(&amp;D)：</source>
        <translation>&amp;Decision date:</translation>
    </message>
    <message>
        <location filename="../../ui/recusal/decision_dialog.py" line="86"/>
        <source>作出决定后，系统签发《回避申请决定书》（送达申请人）并记入时间线。</source>
        <translation>After the decision, the system issues the decision on the recusal application (served on the applicant) and records it in the timeline.</translation>
    </message>
    <message>
        <location filename="../../ui/recusal/decision_dialog.py" line="93"/>
        <source>作出决定(&amp;S)</source>
        <translation>Decide (&amp;S)</translation>
    </message>
    <message>
        <location filename="../../ui/recusal/decision_dialog.py" line="109"/>
        <source>决定后合议组不符合要求（%1）：补足合议组前，本案不能进行口审、合议等工作。</source>
        <translation>After the decision the panel is not properly composed (%1): until it is completed, this case can have no hearing, deliberation or similar work.</translation>
    </message>
    <message>
        <location filename="../../ui/recusal/decision_dialog.py" line="113"/>
        <source>✓ 决定后合议组组成符合要求。</source>
        <translation>✓ After the decision the panel is properly composed.</translation>
    </message>
</context>
<context>
    <name>RecusalDialog</name>
    <message>
        <location filename="../../ui/recusal/application_dialog.py" line="65"/>
        <source>登记回避申请</source>
        <translation>Record a recusal application</translation>
    </message>
    <message>
        <location filename="../../ui/recusal/application_dialog.py" line="66"/>
        <source>当事人应在知道或者应当知道办案人员名单之日起三个工作日内申请回避；决定口头审理的，最迟在口审开始时提出；口审开始后才知道的事由，可在口审终结前提出。决定作出前，被申请回避的人员暂停参与本案工作。</source>
        <translation>A party must apply for recusal within three working days of knowing or having to know the names of the case officers; if a hearing is held, at the latest when it begins; grounds learned after the hearing began may be raised before it ends. Until the decision, the person challenged takes no part in the case.</translation>
    </message>
    <message>
        <location filename="../../ui/recusal/application_dialog.py" line="77"/>
        <source>申请人(&amp;A)：</source>
        <translation>&amp;Applicant:</translation>
    </message>
    <message>
        <location filename="../../ui/recusal/application_dialog.py" line="84"/>
        <source>%1（填写姓名）</source>
        <translation>%1 (enter the name)</translation>
    </message>
    <message>
        <location filename="../../ui/recusal/application_dialog.py" line="86"/>
        <source>被申请回避人员(&amp;C)：</source>
        <translation>Person &amp;challenged:</translation>
    </message>
    <message>
        <location filename="../../ui/recusal/application_dialog.py" line="89"/>
        <source>姓名(&amp;N)：</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <location filename="../../ui/recusal/application_dialog.py" line="99"/>
        <source>回避事由：</source>
        <translation>Ground for recusal:</translation>
    </message>
    <message>
        <location filename="../../ui/recusal/application_dialog.py" line="104"/>
        <source>申请理由(&amp;R)：</source>
        <translation>&amp;Reasons for the application:</translation>
    </message>
    <message>
        <location filename="../../ui/recusal/application_dialog.py" line="105"/>
        <source>口头提出（已记入笔录）</source>
        <translation>Raised orally (entered in the record)</translation>
    </message>
    <message>
        <location filename="../../ui/recusal/application_dialog.py" line="111"/>
        <source>收到日期(&amp;D)：</source>
        <translation>&amp;Date received:</translation>
    </message>
    <message>
        <location filename="../../ui/recusal/application_dialog.py" line="114"/>
        <source>知道名单日期(&amp;L)：</source>
        <translation>Date the names were &amp;learned:</translation>
    </message>
    <message>
        <location filename="../../ui/recusal/application_dialog.py" line="119"/>
        <source>提出场合：</source>
        <translation>Raised when:</translation>
    </message>
    <message>
        <location filename="../../ui/recusal/application_dialog.py" line="120"/>
        <source>回避事由在口审开始后才知道</source>
        <translation>The ground for recusal became known only after the hearing began</translation>
    </message>
    <message>
        <location filename="../../ui/recusal/application_dialog.py" line="134"/>
        <source>登记(&amp;S)</source>
        <translation>&amp;Register</translation>
    </message>
    <message>
        <location filename="../../ui/recusal/application_dialog.py" line="164"/>
        <source>该当事人尚未收到载明合议组成员的通知，申请期限尚未起算。</source>
        <translation>This party has not received the notice naming the panel; the application period has not started.</translation>
    </message>
    <message>
        <location filename="../../ui/recusal/application_dialog.py" line="166"/>
        <source>%1 于 %2 收到载明合议组成员的通知，申请期限至 %3。</source>
        <translation>%1 received the notice naming the panel on %2; applications are due by %3.</translation>
    </message>
    <message>
        <location filename="../../ui/recusal/application_dialog.py" line="169"/>
        <source>已超过该期限：只有口审开始时提出，或口审开始后才知道的事由在口审终结前提出，才能受理。</source>
        <translation>This period has passed: the application can be accepted only if raised at the start of the hearing, or before it ends for grounds learned after it began.</translation>
    </message>
</context>
<context>
    <name>RecusalForm</name>
    <message>
        <location filename="../../ui/recusal/application_dialog.py" line="43"/>
        <source>放弃输入</source>
        <translation>Discard what was typed</translation>
    </message>
    <message>
        <location filename="../../ui/recusal/application_dialog.py" line="43"/>
        <source>已填写的内容尚未提交，确定放弃吗？</source>
        <translation>What you typed has not been submitted. Discard it?</translation>
    </message>
</context>
<context>
    <name>RedactionDialog</name>
    <message>
        <location filename="../../ui/publication/redaction_dialog.py" line="46"/>
        <source>编辑公开版本 — %1</source>
        <translation>Edit the published version — %1</translation>
    </message>
    <message>
        <location filename="../../ui/publication/redaction_dialog.py" line="47"/>
        <source>勾选要隐去的内容并核对替换文字；同一内容在正文、标题、文件名和文档属性中一律替换。右侧即公开后的文本。</source>
        <translation>Tick what to mask and check the replacement; the same text is replaced everywhere — body, title, file name and document properties. The right side shows the text as published.</translation>
    </message>
    <message>
        <location filename="../../ui/publication/redaction_dialog.py" line="50"/>
        <source>已公开第%1版：本次为更正，须写明理由。</source>
        <translation>Version %1 is published: this one is a correction and needs a reason.</translation>
    </message>
    <message>
        <location filename="../../ui/publication/redaction_dialog.py" line="62"/>
        <source>隐去</source>
        <translation>Mask</translation>
    </message>
    <message>
        <location filename="../../ui/publication/redaction_dialog.py" line="62"/>
        <source>原文</source>
        <translation>Original</translation>
    </message>
    <message>
        <location filename="../../ui/publication/redaction_dialog.py" line="62"/>
        <source>替换为</source>
        <translation>Replace with</translation>
    </message>
    <message>
        <location filename="../../ui/publication/redaction_dialog.py" line="62"/>
        <source>类别</source>
        <translation>Category</translation>
    </message>
    <message>
        <location filename="../../ui/publication/redaction_dialog.py" line="69"/>
        <source>裁决书原文（选中文字后可隐去）：</source>
        <translation>The ruling&apos;s text (select text to mask it):</translation>
    </message>
    <message>
        <location filename="../../ui/publication/redaction_dialog.py" line="74"/>
        <source>替换为（默认 ××）</source>
        <translation>Replace with (default ××)</translation>
    </message>
    <message>
        <location filename="../../ui/publication/redaction_dialog.py" line="75"/>
        <source>隐去所选文字(&amp;M)</source>
        <translation>&amp;Mask the selected text</translation>
    </message>
    <message>
        <location filename="../../ui/publication/redaction_dialog.py" line="95"/>
        <source>公开网址或地点(&amp;P)：</source>
        <translation>Where &amp;published (URL or place):</translation>
    </message>
    <message>
        <location filename="../../ui/publication/redaction_dialog.py" line="97"/>
        <source>更正理由(&amp;R)：</source>
        <translation>&amp;Reason for the correction:</translation>
    </message>
    <message>
        <location filename="../../ui/publication/redaction_dialog.py" line="171"/>
        <source>未隐去任何内容</source>
        <translation>Nothing masked</translation>
    </message>
    <message>
        <location filename="../../ui/publication/redaction_dialog.py" line="172"/>
        <source>公开版本未隐去任何内容。确认裁决书中没有个人隐私、商业秘密和当事人申请不予公开的内容，按原文报请公开吗？</source>
        <translation>The version to publish masks nothing. Confirm the ruling holds no personal privacy, trade secrets or content the parties asked not to publish, and submit it for publication as it is?</translation>
    </message>
</context>
<context>
    <name>ReportDialog</name>
    <message>
        <location filename="../../ui/statistics/report_dialog.py" line="48"/>
        <location filename="../../ui/statistics/report_dialog.py" line="175"/>
        <location filename="../../ui/statistics/report_dialog.py" line="212"/>
        <source>导出统计报表</source>
        <translation>Export statistics report</translation>
    </message>
    <message>
        <location filename="../../ui/statistics/report_dialog.py" line="56"/>
        <source>月报</source>
        <translation>Monthly report</translation>
    </message>
    <message>
        <location filename="../../ui/statistics/report_dialog.py" line="56"/>
        <source>季报</source>
        <translation>Quarterly report</translation>
    </message>
    <message>
        <location filename="../../ui/statistics/report_dialog.py" line="56"/>
        <source>年报</source>
        <translation>Annual report</translation>
    </message>
    <message>
        <location filename="../../ui/statistics/report_dialog.py" line="58"/>
        <source>报表(&amp;K)：</source>
        <translation>Report: (&amp;K)</translation>
    </message>
    <message>
        <location filename="../../ui/statistics/report_dialog.py" line="64"/>
        <source> 年</source>
        <translation> years</translation>
    </message>
    <message>
        <location filename="../../ui/statistics/report_dialog.py" line="69"/>
        <location filename="../../ui/statistics/report_dialog.py" line="134"/>
        <source> 月</source>
        <translation> months</translation>
    </message>
    <message>
        <location filename="../../ui/statistics/report_dialog.py" line="73"/>
        <source>期间(&amp;P)：</source>
        <translation>&amp;Period:</translation>
    </message>
    <message>
        <location filename="../../ui/statistics/report_dialog.py" line="88"/>
        <source>排名指标：</source>
        <translation>Ranking measure:</translation>
    </message>
    <message>
        <location filename="../../ui/statistics/report_dialog.py" line="95"/>
        <source>格式(&amp;F)：</source>
        <translation>&amp;Format:</translation>
    </message>
    <message>
        <location filename="../../ui/statistics/report_dialog.py" line="100"/>
        <source>浏览(&amp;B)…</source>
        <translation>&amp;Browse…</translation>
    </message>
    <message>
        <location filename="../../ui/statistics/report_dialog.py" line="103"/>
        <source>保存到(&amp;S)：</source>
        <translation>&amp;Save to:</translation>
    </message>
    <message>
        <location filename="../../ui/statistics/report_dialog.py" line="112"/>
        <source>导出(&amp;E)</source>
        <translation>&amp;Export</translation>
    </message>
    <message>
        <location filename="../../ui/statistics/report_dialog.py" line="134"/>
        <source> 季度</source>
        <translation> quarters</translation>
    </message>
    <message>
        <location filename="../../ui/statistics/report_dialog.py" line="139"/>
        <source>%1（%2 至 %3），同比 %4，环比 %5</source>
        <translation>%1 (%2 to %3), year on year %4, month on month %5</translation>
    </message>
    <message>
        <location filename="../../ui/statistics/report_dialog.py" line="156"/>
        <source>保存报表</source>
        <translation>Save report</translation>
    </message>
    <message>
        <location filename="../../ui/statistics/report_dialog.py" line="174"/>
        <source>正在统计…</source>
        <translation>Computing statistics…</translation>
    </message>
    <message>
        <location filename="../../ui/statistics/report_dialog.py" line="174"/>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../ui/statistics/report_dialog.py" line="198"/>
        <source>正在写入文件…</source>
        <translation>Writing the file…</translation>
    </message>
</context>
<context>
    <name>RequestDialog</name>
    <message>
        <location filename="../../ui/cases/request_dialog.py" line="52"/>
        <source>修改请求信息 — %1</source>
        <translation>Edit request details — %1</translation>
    </message>
    <message>
        <location filename="../../ui/cases/request_dialog.py" line="64"/>
        <source>（按专利号自动识别）</source>
        <translation>(recognised from the patent number)</translation>
    </message>
    <message>
        <location filename="../../ui/cases/request_dialog.py" line="67"/>
        <location filename="../../ui/cases/request_dialog.py" line="139"/>
        <source>（登记人）</source>
        <translation>(registered by)</translation>
    </message>
    <message>
        <location filename="../../ui/cases/request_dialog.py" line="80"/>
        <location filename="../../forms/request_dialog.ui" line="217"/>
        <source>请求人</source>
        <translation>Requester</translation>
    </message>
    <message>
        <location filename="../../ui/cases/request_dialog.py" line="81"/>
        <location filename="../../forms/request_dialog.ui" line="227"/>
        <source>被请求人</source>
        <translation>Respondent</translation>
    </message>
    <message>
        <location filename="../../ui/cases/request_dialog.py" line="105"/>
        <source>保存(&amp;S)</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <location filename="../../ui/cases/request_dialog.py" line="105"/>
        <source>登记(&amp;S)</source>
        <translation>&amp;Register</translation>
    </message>
    <message>
        <location filename="../../ui/cases/request_dialog.py" line="198"/>
        <source>✓ %1，%2</source>
        <translation>✓ %1, %2</translation>
    </message>
    <message>
        <location filename="../../ui/cases/request_dialog.py" line="323"/>
        <source>失信提示：</source>
        <translation>Credit warning:</translation>
    </message>
    <message>
        <location filename="../../ui/cases/request_dialog.py" line="338"/>
        <source>此案件已被他人修改</source>
        <translation>This case was changed by someone else</translation>
    </message>
    <message>
        <location filename="../../forms/request_dialog.ui" line="14"/>
        <source>登记处理请求</source>
        <translation>Register a request for handling</translation>
    </message>
    <message>
        <location filename="../../forms/request_dialog.ui" line="45"/>
        <source>收到请求书日期(&amp;D)</source>
        <translation>&amp;Date the request was received</translation>
    </message>
    <message>
        <location filename="../../forms/request_dialog.ui" line="58"/>
        <source>承办人(&amp;O)</source>
        <translation>&amp;Officer in charge</translation>
    </message>
    <message>
        <location filename="../../forms/request_dialog.ui" line="71"/>
        <source>专利号(&amp;N)</source>
        <translation>Patent &amp;number</translation>
    </message>
    <message>
        <location filename="../../forms/request_dialog.ui" line="81"/>
        <source>如 ZL201610259567.X</source>
        <translation>e.g. ZL201610259567.X</translation>
    </message>
    <message>
        <location filename="../../forms/request_dialog.ui" line="98"/>
        <source>专利类型(&amp;T)</source>
        <translation>Patent &amp;type</translation>
    </message>
    <message>
        <location filename="../../forms/request_dialog.ui" line="111"/>
        <source>专利名称(&amp;M)</source>
        <translation>Patent title (&amp;M)</translation>
    </message>
    <message>
        <location filename="../../forms/request_dialog.ui" line="125"/>
        <source>专利权人(&amp;Q)</source>
        <translation>Patentee (&amp;Q)</translation>
    </message>
    <message>
        <location filename="../../forms/request_dialog.ui" line="139"/>
        <source>申请日</source>
        <translation>Filing date</translation>
    </message>
    <message>
        <location filename="../../forms/request_dialog.ui" line="152"/>
        <source>授权公告日</source>
        <translation>Grant publication date</translation>
    </message>
    <message>
        <location filename="../../forms/request_dialog.ui" line="165"/>
        <source>案件特征</source>
        <translation>Case characteristics</translation>
    </message>
    <message>
        <location filename="../../forms/request_dialog.ui" line="177"/>
        <source>涉外/涉港澳台(&amp;W)</source>
        <translation>Foreign / Hong Kong, Macao, Tai&amp;wan</translation>
    </message>
    <message>
        <location filename="../../forms/request_dialog.ui" line="184"/>
        <source>电商平台(&amp;E)</source>
        <translation>&amp;E-commerce platform</translation>
    </message>
    <message>
        <location filename="../../forms/request_dialog.ui" line="191"/>
        <source>展会(&amp;F)</source>
        <translation>Trade &amp;fair</translation>
    </message>
    <message>
        <location filename="../../forms/request_dialog.ui" line="37"/>
        <source>请求与专利</source>
        <translation>Request and patent</translation>
    </message>
    <message>
        <location filename="../../forms/request_dialog.ui" line="237"/>
        <source>请求内容</source>
        <translation>Content of the request</translation>
    </message>
    <message>
        <location filename="../../forms/request_dialog.ui" line="245"/>
        <source>请求保护的权利要求(&amp;C)</source>
        <translation>&amp;Claims asserted</translation>
    </message>
    <message>
        <location filename="../../forms/request_dialog.ui" line="255"/>
        <source>如 权利要求1、3</source>
        <translation>e.g. claims 1, 3</translation>
    </message>
    <message>
        <location filename="../../forms/request_dialog.ui" line="262"/>
        <source>被控侵权产品(&amp;P)</source>
        <translation>&amp;Product accused of infringement</translation>
    </message>
    <message>
        <location filename="../../forms/request_dialog.ui" line="276"/>
        <source>被控侵权行为</source>
        <translation>Act accused of infringement</translation>
    </message>
    <message>
        <location filename="../../forms/request_dialog.ui" line="288"/>
        <source>制造</source>
        <translation>Manufacture</translation>
    </message>
    <message>
        <location filename="../../forms/request_dialog.ui" line="295"/>
        <source>使用</source>
        <translation>Use</translation>
    </message>
    <message>
        <location filename="../../forms/request_dialog.ui" line="302"/>
        <source>许诺销售</source>
        <translation>Offer for sale</translation>
    </message>
    <message>
        <location filename="../../forms/request_dialog.ui" line="309"/>
        <source>销售</source>
        <translation>Sale</translation>
    </message>
    <message>
        <location filename="../../forms/request_dialog.ui" line="316"/>
        <source>进口</source>
        <translation>Import</translation>
    </message>
    <message>
        <location filename="../../forms/request_dialog.ui" line="332"/>
        <source>请求事项(&amp;R)</source>
        <translation>&amp;Claims</translation>
    </message>
    <message>
        <location filename="../../forms/request_dialog.ui" line="345"/>
        <source>如：责令被请求人立即停止制造、销售侵犯涉案专利权的产品</source>
        <translation>e.g. order the respondent to stop at once making and selling products infringing the patent in suit</translation>
    </message>
</context>
<context>
    <name>ReturnSlipDialog</name>
    <message>
        <location filename="../../ui/hearings/forms.py" line="63"/>
        <source>登记口头审理回执</source>
        <translation>Record the hearing acknowledgement</translation>
    </message>
    <message>
        <location filename="../../ui/hearings/forms.py" line="65"/>
        <source>收到日期(&amp;D)</source>
        <translation>&amp;Date received</translation>
    </message>
    <message>
        <location filename="../../ui/hearings/forms.py" line="67"/>
        <source>参加口头审理(&amp;A)</source>
        <translation>&amp;Attend the oral hearing</translation>
    </message>
    <message>
        <location filename="../../ui/hearings/forms.py" line="69"/>
        <source>出席人员(&amp;N)</source>
        <translation>Atte&amp;ndees</translation>
    </message>
    <message>
        <location filename="../../ui/hearings/forms.py" line="70"/>
        <source>每行一人：姓名 单位及职务 电话</source>
        <translation>One person per line: name, organisation and position, telephone</translation>
    </message>
    <message>
        <location filename="../../ui/hearings/forms.py" line="71"/>
        <source>不参加的理由(&amp;R)</source>
        <translation>&amp;Reasons for not attending</translation>
    </message>
</context>
<context>
    <name>RoutingRuleDialog</name>
    <message>
        <location filename="../../ui/intake/routing_rule_dialog.py" line="44"/>
        <source>修改分流规则</source>
        <translation>Edit the routing rules</translation>
    </message>
    <message>
        <location filename="../../ui/intake/routing_rule_dialog.py" line="44"/>
        <source>新增分流规则</source>
        <translation>Add a routing rule</translation>
    </message>
    <message>
        <location filename="../../ui/intake/routing_rule_dialog.py" line="50"/>
        <source>启用</source>
        <translation>Active</translation>
    </message>
    <message>
        <location filename="../../ui/intake/routing_rule_dialog.py" line="52"/>
        <source>规则名称：</source>
        <translation>Rule name:</translation>
    </message>
    <message>
        <location filename="../../ui/intake/routing_rule_dialog.py" line="53"/>
        <source>建议程序：</source>
        <translation>Suggested procedure:</translation>
    </message>
    <message>
        <location filename="../../ui/intake/routing_rule_dialog.py" line="56"/>
        <source>条件（同时满足；不勾选或“不限”即不作要求）</source>
        <translation>Conditions (all must hold; unticked or &quot;Any&quot; means no requirement)</translation>
    </message>
    <message>
        <location filename="../../ui/intake/routing_rule_dialog.py" line="74"/>
        <location filename="../../ui/intake/routing_rule_dialog.py" line="82"/>
        <source>不限</source>
        <translation>Any</translation>
    </message>
    <message>
        <location filename="../../ui/intake/routing_rule_dialog.py" line="75"/>
        <source>是</source>
        <translation>Yes</translation>
    </message>
    <message>
        <location filename="../../ui/intake/routing_rule_dialog.py" line="76"/>
        <source>否</source>
        <translation>No</translation>
    </message>
    <message>
        <location filename="../../ui/intake/routing_rule_dialog.py" line="84"/>
        <source>不少于</source>
        <translation>At least</translation>
    </message>
    <message>
        <location filename="../../ui/intake/routing_rule_dialog.py" line="86"/>
        <source>不超过</source>
        <translation>At most</translation>
    </message>
</context>
<context>
    <name>RoutingRulesPage</name>
    <message>
        <location filename="../../ui/intake/rules_tab.py" line="43"/>
        <source>收到的事项按下列规则依次比对，第一条全部条件都满足的规则给出建议程序；都不满足时建议%1。办案人员可以采纳建议，也可以说明理由后改用其他程序。</source>
        <translation>Each matter received is compared with these rules in order; the first rule whose conditions all hold gives the suggested procedure; if none holds, %1 is suggested. Officers may follow the suggestion or choose another procedure with a reason.</translation>
    </message>
    <message>
        <location filename="../../ui/intake/rules_tab.py" line="50"/>
        <source>启用</source>
        <translation>Active</translation>
    </message>
    <message>
        <location filename="../../ui/intake/rules_tab.py" line="50"/>
        <source>规则名称</source>
        <translation>Rule name</translation>
    </message>
    <message>
        <location filename="../../ui/intake/rules_tab.py" line="50"/>
        <source>条件</source>
        <translation>Conditions</translation>
    </message>
    <message>
        <location filename="../../ui/intake/rules_tab.py" line="51"/>
        <source>建议程序</source>
        <translation>Suggested procedure</translation>
    </message>
    <message>
        <location filename="../../ui/intake/rules_tab.py" line="62"/>
        <source>投诉须先收到正式的处理请求书，才能登记为行政裁决案件</source>
        <translation>A complaint can be registered as an adjudication case only after a formal request for handling is received</translation>
    </message>
    <message>
        <location filename="../../ui/intake/rules_tab.py" line="64"/>
        <source>权利人的投诉须转为正式的处理请求书后才能裁决；不需要时可取消勾选。</source>
        <translation>A right holder&apos;s complaint must become a formal request for handling before a ruling; untick if not needed.</translation>
    </message>
    <message>
        <location filename="../../ui/intake/rules_tab.py" line="66"/>
        <source>按本机关的做法设定，可随时调整。</source>
        <translation>Set by this office&apos;s practice; can be changed at any time.</translation>
    </message>
    <message>
        <location filename="../../ui/intake/rules_tab.py" line="72"/>
        <source>新增(&amp;N)…</source>
        <translation>&amp;New…</translation>
    </message>
    <message>
        <location filename="../../ui/intake/rules_tab.py" line="73"/>
        <source>修改(&amp;E)…</source>
        <translation>&amp;Edit…</translation>
    </message>
    <message>
        <location filename="../../ui/intake/rules_tab.py" line="74"/>
        <source>删除(&amp;D)</source>
        <translation>&amp;Delete</translation>
    </message>
    <message>
        <location filename="../../ui/intake/rules_tab.py" line="75"/>
        <source>上移(&amp;U)</source>
        <translation>Move &amp;up</translation>
    </message>
    <message>
        <location filename="../../ui/intake/rules_tab.py" line="76"/>
        <source>下移(&amp;W)</source>
        <translation>Move do&amp;wn</translation>
    </message>
    <message>
        <location filename="../../ui/intake/rules_tab.py" line="77"/>
        <source>恢复默认规则</source>
        <translation>Restore the default rules</translation>
    </message>
    <message>
        <location filename="../../ui/intake/rules_tab.py" line="78"/>
        <source>保存规则(&amp;S)</source>
        <translation>&amp;Save rules</translation>
    </message>
    <message>
        <location filename="../../ui/intake/rules_tab.py" line="101"/>
        <source>分流规则由管理员维护。</source>
        <translation>The routing rules are maintained by an administrator.</translation>
    </message>
    <message>
        <location filename="../../ui/intake/rules_tab.py" line="119"/>
        <source>是</source>
        <translation>Yes</translation>
    </message>
    <message>
        <location filename="../../ui/intake/rules_tab.py" line="119"/>
        <source>否</source>
        <translation>No</translation>
    </message>
    <message>
        <location filename="../../ui/intake/rules_tab.py" line="138"/>
        <source>有未保存的修改</source>
        <translation>Unsaved changes</translation>
    </message>
    <message>
        <location filename="../../ui/intake/rules_tab.py" line="139"/>
        <source>使用内置的默认规则</source>
        <translation>Use the built-in default rules</translation>
    </message>
    <message>
        <location filename="../../ui/intake/rules_tab.py" line="185"/>
        <source>分流规则已被他人修改</source>
        <translation>The routing rules were changed by someone else</translation>
    </message>
</context>
<context>
    <name>RulingChangeDialog</name>
    <message>
        <location filename="../../ui/publication/change_dialog.py" line="25"/>
        <source>登记裁决变更/撤销 — %1</source>
        <translation>Record a ruling changed/revoked — %1</translation>
    </message>
    <message>
        <location filename="../../ui/publication/change_dialog.py" line="26"/>
        <source>裁决因行政诉讼被变更或撤销的，应自变更或撤销之日起20个工作日内公开（制作新的公开版本，更正并替代已公开的版本）。</source>
        <translation>A ruling changed or revoked after an administrative suit is published within 20 working days of the change or revocation (a new published version correcting and replacing the published one).</translation>
    </message>
    <message>
        <location filename="../../ui/publication/change_dialog.py" line="30"/>
        <source>类别(&amp;K)：</source>
        <translation>Category: (&amp;K)</translation>
    </message>
    <message>
        <location filename="../../ui/publication/change_dialog.py" line="34"/>
        <source>变更/撤销日期(&amp;D)：</source>
        <translation>&amp;Date changed/revoked:</translation>
    </message>
    <message>
        <location filename="../../ui/publication/change_dialog.py" line="35"/>
        <source>人民法院(&amp;C)：</source>
        <translation>People&apos;s &amp;court:</translation>
    </message>
    <message>
        <location filename="../../ui/publication/change_dialog.py" line="37"/>
        <source>判决书案号(&amp;R)：</source>
        <translation>Judgment case numbe&amp;r:</translation>
    </message>
    <message>
        <location filename="../../ui/publication/change_dialog.py" line="39"/>
        <source>备注(&amp;N)：</source>
        <translation>&amp;Notes:</translation>
    </message>
</context>
<context>
    <name>SatisfactionBox</name>
    <message>
        <location filename="../../ui/statistics/satisfaction_box.py" line="21"/>
        <source>保护社会满意度</source>
        <translation>Public satisfaction with protection</translation>
    </message>
    <message>
        <location filename="../../ui/statistics/satisfaction_box.py" line="30"/>
        <source>期间内回访的平均得分（每份为所答各题的平均分，满意度为各份得分的平均值），与本单位在 满意度 › 目标 中设定的目标比较</source>
        <translation>Average score of the surveys in the period (each survey scores the mean of the questions answered; satisfaction is the mean of the surveys), against the target this office set under Satisfaction › Target</translation>
    </message>
    <message>
        <location filename="../../ui/statistics/satisfaction_box.py" line="32"/>
        <source>查看回访结果…</source>
        <translation>View survey results…</translation>
    </message>
    <message>
        <location filename="../../ui/statistics/satisfaction_box.py" line="52"/>
        <source>期间内没有回访记录（目标 %1 分）</source>
        <translation>No surveys in the period (target %1)</translation>
    </message>
    <message>
        <location filename="../../ui/statistics/satisfaction_box.py" line="55"/>
        <source>达到目标</source>
        <translation>Target met</translation>
    </message>
    <message>
        <location filename="../../ui/statistics/satisfaction_box.py" line="55"/>
        <source>未达到目标</source>
        <translation>Below target</translation>
    </message>
    <message>
        <location filename="../../ui/statistics/satisfaction_box.py" line="56"/>
        <source>%1 分（目标 %2 分，%3），回访 %4 份</source>
        <translation>%1 points (target %2, %3), %4 surveys</translation>
    </message>
</context>
<context>
    <name>SatisfactionView</name>
    <message>
        <location filename="../../ui/satisfaction/section.py" line="52"/>
        <source>查询(&amp;Q)</source>
        <translation>&amp;Query</translation>
    </message>
    <message>
        <location filename="../../ui/satisfaction/section.py" line="53"/>
        <source>目标(&amp;T)…</source>
        <translation>&amp;Target…</translation>
    </message>
    <message>
        <location filename="../../ui/satisfaction/section.py" line="56"/>
        <source>期间：</source>
        <translation>Period:</translation>
    </message>
    <message>
        <location filename="../../ui/satisfaction/section.py" line="56"/>
        <source>至</source>
        <translation>to</translation>
    </message>
    <message>
        <location filename="../../ui/satisfaction/section.py" line="65"/>
        <source>分组</source>
        <translation>Group by</translation>
    </message>
    <message>
        <location filename="../../ui/satisfaction/section.py" line="65"/>
        <source>份数</source>
        <translation>Copies</translation>
    </message>
    <message>
        <location filename="../../ui/satisfaction/section.py" line="65"/>
        <source>满意度</source>
        <translation>Satisfaction</translation>
    </message>
    <message>
        <location filename="../../ui/satisfaction/section.py" line="65"/>
        <source>办案程序</source>
        <translation>Procedure</translation>
    </message>
    <message>
        <location filename="../../ui/satisfaction/section.py" line="66"/>
        <source>办案时限</source>
        <translation>Handling time</translation>
    </message>
    <message>
        <location filename="../../ui/satisfaction/section.py" line="66"/>
        <source>公正廉洁</source>
        <translation>Fairness and integrity</translation>
    </message>
    <message>
        <location filename="../../ui/satisfaction/section.py" line="66"/>
        <source>处理结果</source>
        <translation>Outcome</translation>
    </message>
    <message>
        <location filename="../../ui/satisfaction/section.py" line="69"/>
        <source>期间内结案案件的当事人：</source>
        <translation>Parties of cases closed in the period:</translation>
    </message>
    <message>
        <location filename="../../ui/satisfaction/section.py" line="70"/>
        <source>案号</source>
        <translation>Case number</translation>
    </message>
    <message>
        <location filename="../../ui/satisfaction/section.py" line="70"/>
        <source>结案日期</source>
        <translation>Closing date</translation>
    </message>
    <message>
        <location filename="../../ui/satisfaction/section.py" line="70"/>
        <source>当事人</source>
        <translation>Party</translation>
    </message>
    <message>
        <location filename="../../ui/satisfaction/section.py" line="70"/>
        <source>地位</source>
        <translation>Standing</translation>
    </message>
    <message>
        <location filename="../../ui/satisfaction/section.py" line="71"/>
        <source>电话</source>
        <translation>Telephone</translation>
    </message>
    <message>
        <location filename="../../ui/satisfaction/section.py" line="71"/>
        <source>得分</source>
        <translation>Score</translation>
    </message>
    <message>
        <location filename="../../ui/satisfaction/section.py" line="74"/>
        <source>录入回访结果(&amp;R)…</source>
        <translation>&amp;Record survey results…</translation>
    </message>
    <message>
        <location filename="../../ui/satisfaction/section.py" line="76"/>
        <source>打印调查表(&amp;P)…</source>
        <translation>&amp;Print the survey form…</translation>
    </message>
    <message>
        <location filename="../../ui/satisfaction/section.py" line="82"/>
        <source>计分：非常满意100、满意80、基本满意60、不满意30、非常不满意0；每份为所答各题的平均分（未作答的题不计），满意度为各份得分的平均值。</source>
        <translation>Scoring: very satisfied 100, satisfied 80, fairly satisfied 60, dissatisfied 30, very dissatisfied 0; each survey scores the mean of the questions answered (unanswered ones left out); satisfaction is the mean of the surveys.</translation>
    </message>
    <message>
        <location filename="../../ui/satisfaction/section.py" line="128"/>
        <source>发明</source>
        <translation>Invention</translation>
    </message>
    <message>
        <location filename="../../ui/satisfaction/section.py" line="128"/>
        <source>实用新型</source>
        <translation>Utility model</translation>
    </message>
    <message>
        <location filename="../../ui/satisfaction/section.py" line="129"/>
        <source>外观设计</source>
        <translation>Design</translation>
    </message>
    <message>
        <location filename="../../ui/satisfaction/section.py" line="133"/>
        <source>期间内没有回访记录。目标：%1</source>
        <translation>No surveys in the period. Target: %1</translation>
    </message>
    <message>
        <location filename="../../ui/satisfaction/section.py" line="135"/>
        <source>达到目标</source>
        <translation>Target met</translation>
    </message>
    <message>
        <location filename="../../ui/satisfaction/section.py" line="135"/>
        <source>未达到目标</source>
        <translation>Below target</translation>
    </message>
    <message>
        <location filename="../../ui/satisfaction/section.py" line="136"/>
        <source>保护社会满意度 %1（%2 份），目标 %3：%4</source>
        <translation>Public satisfaction %1 (%2 surveys), target %3: %4</translation>
    </message>
    <message>
        <location filename="../../ui/satisfaction/section.py" line="164"/>
        <source>满意度调查表</source>
        <translation>Satisfaction survey form</translation>
    </message>
</context>
<context>
    <name>ScrollingTable</name>
    <message>
        <location filename="../../ui/common/scrolling_table.py" line="108"/>
        <source>跳到第</source>
        <translation>Show from</translation>
    </message>
    <message>
        <location filename="../../ui/common/scrolling_table.py" line="113"/>
        <source> 条</source>
        <translation> on</translation>
    </message>
    <message>
        <location filename="../../ui/common/scrolling_table.py" line="116"/>
        <source>跳转</source>
        <translation>Go</translation>
    </message>
    <message>
        <location filename="../../ui/common/scrolling_table.py" line="118"/>
        <source>显示这一条及其后的记录（不必先读出前面的记录）</source>
        <translation>Show this row and those after it (without reading the rows before it)</translation>
    </message>
    <message>
        <location filename="../../ui/common/scrolling_table.py" line="144"/>
        <location filename="../../ui/common/scrolling_table.py" line="262"/>
        <source>正在查询…</source>
        <translation>Querying…</translation>
    </message>
    <message>
        <location filename="../../ui/common/scrolling_table.py" line="205"/>
        <source>已显示 %1 件，正在计数…</source>
        <translation>%1 shown, counting…</translation>
    </message>
    <message>
        <location filename="../../ui/common/scrolling_table.py" line="209"/>
        <source>共 %1 件，显示第 %2–%3 件</source>
        <translation>%1 in all, showing %2–%3</translation>
    </message>
    <message>
        <location filename="../../ui/common/scrolling_table.py" line="211"/>
        <source>（向下滚动显示更多）</source>
        <translation>(scroll down for more)</translation>
    </message>
    <message>
        <location filename="../../ui/common/scrolling_table.py" line="213"/>
        <source>共 %1 件，已显示 %2 件（向下滚动显示更多）</source>
        <translation>%1 in all, %2 shown (scroll down for more)</translation>
    </message>
    <message>
        <location filename="../../ui/common/scrolling_table.py" line="216"/>
        <source>共 %1 件</source>
        <translation>%1 in all</translation>
    </message>
</context>
<context>
    <name>Sections</name>
    <message>
        <location filename="../../ui/sections.py" line="140"/>
        <source>工作台</source>
        <translation>Workbench</translation>
    </message>
    <message>
        <location filename="../../ui/sections.py" line="141"/>
        <source>收案登记</source>
        <translation>Intake entries</translation>
    </message>
    <message>
        <location filename="../../ui/sections.py" line="142"/>
        <source>案件</source>
        <translation>Cases</translation>
    </message>
    <message>
        <location filename="../../ui/sections.py" line="143"/>
        <source>口审日程</source>
        <translation>Hearing calendar</translation>
    </message>
    <message>
        <location filename="../../ui/sections.py" line="144"/>
        <source>调解</source>
        <translation>Mediation</translation>
    </message>
    <message>
        <location filename="../../ui/sections.py" line="145"/>
        <source>文书</source>
        <translation>Documents</translation>
    </message>
    <message>
        <location filename="../../ui/sections.py" line="146"/>
        <source>失信名单</source>
        <translation>Credit blacklist</translation>
    </message>
    <message>
        <location filename="../../ui/sections.py" line="147"/>
        <source>满意度</source>
        <translation>Satisfaction</translation>
    </message>
    <message>
        <location filename="../../ui/sections.py" line="148"/>
        <source>公开</source>
        <translation>Publication</translation>
    </message>
    <message>
        <location filename="../../ui/sections.py" line="149"/>
        <source>外出办案</source>
        <translation>Field work</translation>
    </message>
    <message>
        <location filename="../../ui/sections.py" line="152"/>
        <source>统计</source>
        <translation>Statistics</translation>
    </message>
    <message>
        <location filename="../../ui/sections.py" line="154"/>
        <source>设置</source>
        <translation>Settings</translation>
    </message>
    <message>
        <location filename="../../ui/sections.py" line="158"/>
        <source>审计</source>
        <translation>Audit</translation>
    </message>
    <message>
        <location filename="../../ui/sections.py" line="171"/>
        <source>登记处理请求(&amp;N)…</source>
        <translation>Register a request for handli&amp;ng…</translation>
    </message>
    <message>
        <location filename="../../ui/sections.py" line="178"/>
        <source>导入台账(&amp;L)…</source>
        <translation>Import &amp;ledger…</translation>
    </message>
    <message>
        <location filename="../../ui/sections.py" line="180"/>
        <source>台账导入记录(&amp;U)…</source>
        <translation>Ledger imports… (&amp;U)</translation>
    </message>
    <message>
        <location filename="../../ui/sections.py" line="184"/>
        <source>搜索案件(&amp;S)</source>
        <translation>&amp;Search cases</translation>
    </message>
    <message>
        <location filename="../../ui/sections.py" line="189"/>
        <source>案件(&amp;C)</source>
        <translation>&amp;Cases</translation>
    </message>
    <message>
        <location filename="../../ui/sections.py" line="191"/>
        <source>修改请求信息(&amp;E)…</source>
        <translation>&amp;Edit request details…</translation>
    </message>
    <message>
        <location filename="../../ui/sections.py" line="194"/>
        <source>返回案件列表(&amp;B)</source>
        <translation>&amp;Back to the case list</translation>
    </message>
    <message>
        <location filename="../../ui/sections.py" line="295"/>
        <source>请求已登记。</source>
        <translation>Request registered.</translation>
    </message>
</context>
<context>
    <name>ServiceDialog</name>
    <message>
        <location filename="../../ui/documents/service_dialog.py" line="46"/>
        <source>登记送达 — %1</source>
        <translation>Record service — %1</translation>
    </message>
    <message>
        <location filename="../../ui/documents/service_dialog.py" line="53"/>
        <source>文书(&amp;D)：</source>
        <translation>&amp;Document:</translation>
    </message>
    <message>
        <location filename="../../ui/documents/service_dialog.py" line="56"/>
        <source>受送达人(&amp;R)：</source>
        <translation>Add&amp;ressee:</translation>
    </message>
    <message>
        <location filename="../../ui/documents/service_dialog.py" line="58"/>
        <source>受送达单位：</source>
        <translation>Addressee organisation:</translation>
    </message>
    <message>
        <location filename="../../ui/documents/service_dialog.py" line="61"/>
        <source>送达方式(&amp;M)：</source>
        <translation>&amp;Method of service:</translation>
    </message>
    <message>
        <location filename="../../ui/documents/service_dialog.py" line="67"/>
        <source>已签收</source>
        <translation>Receipt recorded</translation>
    </message>
    <message>
        <location filename="../../ui/documents/service_dialog.py" line="73"/>
        <source>发出日期(&amp;S)：</source>
        <translation>Di&amp;spatch date:</translation>
    </message>
    <message>
        <location filename="../../ui/documents/service_dialog.py" line="74"/>
        <source>签收日期：</source>
        <translation>Date received:</translation>
    </message>
    <message>
        <location filename="../../ui/documents/service_dialog.py" line="76"/>
        <source>邮件单号：</source>
        <translation>Postal tracking number:</translation>
    </message>
    <message>
        <location filename="../../ui/documents/service_dialog.py" line="78"/>
        <source>留置送达：拒收人、见证人、留置地点</source>
        <translation>Service by leaving: who refused, witnesses, where left</translation>
    </message>
    <message>
        <location filename="../../ui/documents/service_dialog.py" line="79"/>
        <source>拒收情况：</source>
        <translation>Refusal:</translation>
    </message>
    <message>
        <location filename="../../ui/documents/service_dialog.py" line="81"/>
        <source>备注：</source>
        <translation>Remarks:</translation>
    </message>
    <message>
        <location filename="../../ui/documents/service_dialog.py" line="83"/>
        <source>（未附）</source>
        <translation>(not attached)</translation>
    </message>
    <message>
        <location filename="../../ui/documents/service_dialog.py" line="84"/>
        <source>选择回证扫描件(&amp;F)…</source>
        <translation>Choose the scanned proo&amp;f of service…</translation>
    </message>
    <message>
        <location filename="../../ui/documents/service_dialog.py" line="88"/>
        <source>回证扫描件：</source>
        <translation>Scanned proof of service:</translation>
    </message>
    <message>
        <location filename="../../ui/documents/service_dialog.py" line="95"/>
        <source>登记(&amp;O)</source>
        <translation>Rec&amp;ord</translation>
    </message>
    <message>
        <location filename="../../ui/documents/service_dialog.py" line="136"/>
        <source>电子送达须受送达人书面同意（在“送达”页登记同意）。</source>
        <translation>Electronic service needs the addressee&apos;s written consent (record it on the Service page).</translation>
    </message>
    <message>
        <location filename="../../ui/documents/service_dialog.py" line="138"/>
        <source>裁决书、调解协议书不得电子送达。</source>
        <translation>Rulings and mediation agreements cannot be served electronically.</translation>
    </message>
    <message>
        <location filename="../../ui/documents/service_dialog.py" line="140"/>
        <source>调解协议书不得留置送达。</source>
        <translation>A mediation agreement cannot be served by leaving it.</translation>
    </message>
    <message>
        <location filename="../../ui/documents/service_dialog.py" line="152"/>
        <source>公告送达：发出日期填公告之日，期满视为送达，相关期限届时自动起算。</source>
        <translation>Service by public notice: enter the notice date as the dispatch date; service is deemed made when the period ends and the related deadlines start then automatically.</translation>
    </message>
    <message>
        <location filename="../../ui/documents/service_dialog.py" line="157"/>
        <source>选择回证扫描件</source>
        <translation>Choose the scanned proof of service</translation>
    </message>
    <message>
        <location filename="../../ui/documents/service_dialog.py" line="158"/>
        <source>扫描件 (*.pdf *.png *.jpg *.jpeg *.tif *.tiff)</source>
        <translation>Scans (*.pdf *.png *.jpg *.jpeg *.tif *.tiff)</translation>
    </message>
</context>
<context>
    <name>ServiceTab</name>
    <message>
        <location filename="../../ui/documents/service_tab.py" line="48"/>
        <source>登记送达(&amp;S)…</source>
        <translation>Record &amp;service…</translation>
    </message>
    <message>
        <location filename="../../ui/documents/service_tab.py" line="50"/>
        <source>登记签收(&amp;R)…</source>
        <translation>&amp;Record receipt…</translation>
    </message>
    <message>
        <location filename="../../ui/documents/service_tab.py" line="51"/>
        <source>附回证扫描件(&amp;F)…</source>
        <translation>Attach the scanned proo&amp;f of service…</translation>
    </message>
    <message>
        <location filename="../../ui/documents/service_tab.py" line="52"/>
        <source>电子送达同意(&amp;E)…</source>
        <translation>Consent to &amp;electronic service…</translation>
    </message>
    <message>
        <location filename="../../ui/documents/service_tab.py" line="63"/>
        <source>待送达文书</source>
        <translation>Documents to serve</translation>
    </message>
    <message>
        <location filename="../../ui/documents/service_tab.py" line="63"/>
        <location filename="../../ui/documents/service_tab.py" line="67"/>
        <source>文号</source>
        <translation>Document number</translation>
    </message>
    <message>
        <location filename="../../ui/documents/service_tab.py" line="63"/>
        <location filename="../../ui/documents/service_tab.py" line="67"/>
        <source>受送达人</source>
        <translation>Addressee</translation>
    </message>
    <message>
        <location filename="../../ui/documents/service_tab.py" line="63"/>
        <source>签发时间</source>
        <translation>Issued at</translation>
    </message>
    <message>
        <location filename="../../ui/documents/service_tab.py" line="64"/>
        <source>公告期满视为送达</source>
        <translation>Deemed served when the notice period ends</translation>
    </message>
    <message>
        <location filename="../../ui/documents/service_tab.py" line="67"/>
        <source>文书</source>
        <translation>Documents</translation>
    </message>
    <message>
        <location filename="../../ui/documents/service_tab.py" line="67"/>
        <source>方式</source>
        <translation>Method</translation>
    </message>
    <message>
        <location filename="../../ui/documents/service_tab.py" line="68"/>
        <source>发出</source>
        <translation>Dispatch</translation>
    </message>
    <message>
        <location filename="../../ui/documents/service_tab.py" line="68"/>
        <source>签收/视为送达</source>
        <translation>Received / deemed served</translation>
    </message>
    <message>
        <location filename="../../ui/documents/service_tab.py" line="68"/>
        <source>单号</source>
        <translation>Number</translation>
    </message>
    <message>
        <location filename="../../ui/documents/service_tab.py" line="68"/>
        <source>回证</source>
        <translation>Proof</translation>
    </message>
    <message>
        <location filename="../../ui/documents/service_tab.py" line="69"/>
        <source>登记人</source>
        <translation>Recorded by</translation>
    </message>
    <message>
        <location filename="../../ui/documents/service_tab.py" line="79"/>
        <source>等待送达：%1（%2）— %3送达后自动起算</source>
        <translation>Awaiting service: %1 (%2) — %3 starts automatically once served</translation>
    </message>
    <message>
        <location filename="../../ui/documents/service_tab.py" line="86"/>
        <source>%1（视为）</source>
        <translation>%1 (deemed)</translation>
    </message>
    <message>
        <location filename="../../ui/documents/service_tab.py" line="87"/>
        <source>未签收</source>
        <translation>Not received</translation>
    </message>
    <message>
        <location filename="../../ui/documents/service_tab.py" line="117"/>
        <location filename="../../ui/documents/service_tab.py" line="120"/>
        <source>登记签收</source>
        <translation>Record receipt</translation>
    </message>
    <message>
        <location filename="../../ui/documents/service_tab.py" line="117"/>
        <source>请先在下表选择一条尚未签收的送达记录。</source>
        <translation>First select a service record not yet received in the table below.</translation>
    </message>
    <message>
        <location filename="../../ui/documents/service_tab.py" line="124"/>
        <source>签收日期：</source>
        <translation>Date received:</translation>
    </message>
    <message>
        <location filename="../../ui/documents/service_tab.py" line="125"/>
        <source>邮件单号：</source>
        <translation>Postal tracking number:</translation>
    </message>
    <message>
        <location filename="../../ui/documents/service_tab.py" line="143"/>
        <source>回证扫描件</source>
        <translation>Scanned proof of service</translation>
    </message>
    <message>
        <location filename="../../ui/documents/service_tab.py" line="143"/>
        <source>请先在下表选择一条送达记录。</source>
        <translation>First select a service record in the table below.</translation>
    </message>
    <message>
        <location filename="../../ui/documents/service_tab.py" line="145"/>
        <source>选择回证扫描件</source>
        <translation>Choose the scanned proof of service</translation>
    </message>
    <message>
        <location filename="../../ui/documents/service_tab.py" line="146"/>
        <source>扫描件 (*.pdf *.png *.jpg *.jpeg *.tif *.tiff)</source>
        <translation>Scans (*.pdf *.png *.jpg *.jpeg *.tif *.tiff)</translation>
    </message>
    <message>
        <location filename="../../ui/documents/service_tab.py" line="163"/>
        <source>电子送达同意</source>
        <translation>Consent to electronic service</translation>
    </message>
    <message>
        <location filename="../../ui/documents/service_tab.py" line="170"/>
        <source>电子邮箱或送达平台账号；留空表示撤回同意</source>
        <translation>E-mail or service-platform account; leave empty to withdraw consent</translation>
    </message>
    <message>
        <location filename="../../ui/documents/service_tab.py" line="171"/>
        <source>当事人：</source>
        <translation>Parties:</translation>
    </message>
    <message>
        <location filename="../../ui/documents/service_tab.py" line="172"/>
        <source>书面同意日期：</source>
        <translation>Date of written consent:</translation>
    </message>
    <message>
        <location filename="../../ui/documents/service_tab.py" line="173"/>
        <source>电子送达地址：</source>
        <translation>Electronic service address:</translation>
    </message>
    <message>
        <location filename="../../ui/documents/service_tab.py" line="174"/>
        <source>依《专利纠纷行政裁决和调解办法》，电子送达须经受送达人书面同意；裁决书、调解协议书不适用电子送达。</source>
        <translation>Under the Measures for Administrative Adjudication and Mediation of Patent Disputes, electronic service needs the addressee&apos;s written consent; rulings and mediation agreements cannot be served electronically.</translation>
    </message>
</context>
<context>
    <name>SettingsView</name>
    <message>
        <location filename="../../ui/admin/section.py" line="32"/>
        <source>机关</source>
        <translation>Office</translation>
    </message>
    <message>
        <location filename="../../ui/admin/section.py" line="33"/>
        <source>用户</source>
        <translation>Users</translation>
    </message>
    <message>
        <location filename="../../ui/admin/section.py" line="34"/>
        <source>节假日</source>
        <translation>Holidays</translation>
    </message>
    <message>
        <location filename="../../ui/admin/section.py" line="36"/>
        <source>期限规则</source>
        <translation>Deadline rules</translation>
    </message>
    <message>
        <location filename="../../ui/admin/section.py" line="38"/>
        <source>文书</source>
        <translation>Documents</translation>
    </message>
    <message>
        <location filename="../../ui/admin/section.py" line="40"/>
        <source>口审庭</source>
        <translation>Hearing room</translation>
    </message>
    <message>
        <location filename="../../ui/admin/section.py" line="42"/>
        <source>备份</source>
        <translation>Backup</translation>
    </message>
    <message>
        <location filename="../../ui/admin/section.py" line="44"/>
        <source>公文字体</source>
        <translation>Official fonts</translation>
    </message>
</context>
<context>
    <name>StatisticsView</name>
    <message>
        <location filename="../../ui/statistics/section.py" line="118"/>
        <source>刷新</source>
        <translation>Refresh</translation>
    </message>
    <message>
        <location filename="../../ui/statistics/section.py" line="120"/>
        <source>导出报表(&amp;X)…</source>
        <translation>E&amp;xport report…</translation>
    </message>
    <message>
        <location filename="../../ui/statistics/section.py" line="134"/>
        <source>收案</source>
        <translation>Received</translation>
    </message>
    <message>
        <location filename="../../ui/statistics/section.py" line="135"/>
        <location filename="../../ui/statistics/section.py" line="217"/>
        <source>立案</source>
        <translation>Registered</translation>
    </message>
    <message>
        <location filename="../../ui/statistics/section.py" line="136"/>
        <location filename="../../ui/statistics/section.py" line="217"/>
        <source>结案</source>
        <translation>Closed</translation>
    </message>
    <message>
        <location filename="../../ui/statistics/section.py" line="137"/>
        <source>结案率</source>
        <translation>Closing rate</translation>
    </message>
    <message>
        <location filename="../../ui/statistics/section.py" line="138"/>
        <source>按期结案率</source>
        <translation>Rate closed in time</translation>
    </message>
    <message>
        <location filename="../../ui/statistics/section.py" line="139"/>
        <source>平均办案周期（日）</source>
        <translation>Average handling time (days)</translation>
    </message>
    <message>
        <location filename="../../ui/statistics/section.py" line="140"/>
        <source>调解结案率</source>
        <translation>Rate closed by mediation</translation>
    </message>
    <message>
        <location filename="../../ui/statistics/section.py" line="141"/>
        <source>在办</source>
        <translation>Open</translation>
    </message>
    <message>
        <location filename="../../ui/statistics/section.py" line="142"/>
        <source>逾期案件</source>
        <translation>Overdue cases</translation>
    </message>
    <message>
        <location filename="../../ui/statistics/section.py" line="163"/>
        <source>在办案件（按状态）</source>
        <translation>Open cases (by state)</translation>
    </message>
    <message>
        <location filename="../../ui/statistics/section.py" line="164"/>
        <source>逾期与3个工作日内到期（按承办人）</source>
        <translation>Overdue and due within 3 working days (by officer)</translation>
    </message>
    <message>
        <location filename="../../ui/statistics/section.py" line="165"/>
        <source>收案（按月，本年与上年）</source>
        <translation>Intake (by month, this year and last)</translation>
    </message>
    <message>
        <location filename="../../ui/statistics/section.py" line="166"/>
        <source>收案登记（按月，本年与上年）</source>
        <translation>Intake entries (by month, this year and last)</translation>
    </message>
    <message>
        <location filename="../../ui/statistics/section.py" line="167"/>
        <source>立案（按月，本年与上年）</source>
        <translation>Registered (by month, this year and last)</translation>
    </message>
    <message>
        <location filename="../../ui/statistics/section.py" line="168"/>
        <source>结案方式</source>
        <translation>Closing method</translation>
    </message>
    <message>
        <location filename="../../ui/statistics/section.py" line="169"/>
        <location filename="../../ui/statistics/section.py" line="282"/>
        <source>按期结案</source>
        <translation>Closed in time</translation>
    </message>
    <message>
        <location filename="../../ui/statistics/section.py" line="170"/>
        <source>承办人工作量（未结案件）</source>
        <translation>Officer workload (open cases)</translation>
    </message>
    <message>
        <location filename="../../ui/statistics/section.py" line="171"/>
        <source>专利类型</source>
        <translation>Patent type</translation>
    </message>
    <message>
        <location filename="../../ui/statistics/section.py" line="172"/>
        <source>涉外、电商、展会、重复侵权</source>
        <translation>Foreign, e-commerce, trade fair, repeat infringement</translation>
    </message>
    <message>
        <location filename="../../ui/statistics/section.py" line="173"/>
        <source>繁简分流</source>
        <translation>Simple/complex routing</translation>
    </message>
    <message>
        <location filename="../../ui/statistics/section.py" line="174"/>
        <source>调解</source>
        <translation>Mediation</translation>
    </message>
    <message>
        <location filename="../../ui/statistics/section.py" line="194"/>
        <source>正在统计…</source>
        <translation>Computing statistics…</translation>
    </message>
    <message>
        <location filename="../../ui/statistics/section.py" line="219"/>
        <source>结案方式、按期结案、办案周期、专利类型、标记和调解：%1 至 %2 %3的案件；在办、逾期和工作量：截至今日（%4）。指向数字可看口径，点击柱形或数字可列出相应案件。</source>
        <translation>Closing method, closed in time, handling time, patent types, flags and mediation: cases %3 from %1 to %2; open, overdue and workload: as of today (%4). Point at a figure to see how it is counted; click a bar or figure to list its cases.</translation>
    </message>
    <message>
        <location filename="../../ui/statistics/section.py" line="233"/>
        <source>收案（收案登记 %1 件）</source>
        <translation>Intake (%1 intake entries)</translation>
    </message>
    <message>
        <location filename="../../ui/statistics/section.py" line="235"/>
        <source>逾期案件（收案登记 %1 件）</source>
        <translation>Overdue cases (%1 intake entries)</translation>
    </message>
    <message>
        <location filename="../../ui/statistics/section.py" line="240"/>
        <source>未指定承办人</source>
        <translation>No officer assigned</translation>
    </message>
    <message>
        <location filename="../../ui/statistics/section.py" line="263"/>
        <source>案件数</source>
        <translation>Cases</translation>
    </message>
    <message>
        <location filename="../../ui/statistics/section.py" line="266"/>
        <source>逾期</source>
        <translation>Overdue</translation>
    </message>
    <message>
        <location filename="../../ui/statistics/section.py" line="267"/>
        <source>3个工作日内到期</source>
        <translation>Due within 3 working days</translation>
    </message>
    <message>
        <location filename="../../ui/statistics/section.py" line="268"/>
        <source>收案登记逾期</source>
        <translation>Intake entries overdue</translation>
    </message>
    <message>
        <location filename="../../ui/statistics/section.py" line="269"/>
        <source>收案登记临期</source>
        <translation>Intake entries due soon</translation>
    </message>
    <message>
        <location filename="../../ui/statistics/section.py" line="270"/>
        <source>%1月</source>
        <translation>%1</translation>
    </message>
    <message>
        <location filename="../../ui/statistics/section.py" line="274"/>
        <location filename="../../ui/statistics/section.py" line="275"/>
        <source>%1年</source>
        <translation>%1</translation>
    </message>
    <message>
        <location filename="../../ui/statistics/section.py" line="279"/>
        <location filename="../../ui/statistics/section.py" line="283"/>
        <location filename="../../ui/statistics/section.py" line="294"/>
        <location filename="../../ui/statistics/section.py" line="297"/>
        <location filename="../../ui/statistics/section.py" line="300"/>
        <location filename="../../ui/statistics/section.py" line="304"/>
        <source>件数</source>
        <translation>Count</translation>
    </message>
    <message>
        <location filename="../../ui/statistics/section.py" line="282"/>
        <source>超期结案</source>
        <translation>Closed late</translation>
    </message>
    <message>
        <location filename="../../ui/statistics/section.py" line="289"/>
        <source>未立案</source>
        <translation>Not registered</translation>
    </message>
    <message>
        <location filename="../../ui/statistics/section.py" line="290"/>
        <source>已立案在办</source>
        <translation>Registered, in progress</translation>
    </message>
    <message>
        <location filename="../../ui/statistics/section.py" line="296"/>
        <source>涉外/港澳台</source>
        <translation>Foreign / HK, Macao, Taiwan</translation>
    </message>
    <message>
        <location filename="../../ui/statistics/section.py" line="296"/>
        <source>电商</source>
        <translation>E-commerce</translation>
    </message>
    <message>
        <location filename="../../ui/statistics/section.py" line="296"/>
        <source>展会</source>
        <translation>Trade fair</translation>
    </message>
    <message>
        <location filename="../../ui/statistics/section.py" line="296"/>
        <source>重复侵权</source>
        <translation>Repeat infringement</translation>
    </message>
    <message>
        <location filename="../../ui/statistics/section.py" line="299"/>
        <source>未分流</source>
        <translation>Not routed</translation>
    </message>
    <message>
        <location filename="../../ui/statistics/section.py" line="303"/>
        <source>调解结案</source>
        <translation>Closed by mediation</translation>
    </message>
    <message>
        <location filename="../../ui/statistics/section.py" line="303"/>
        <source>和解后以其他方式结案</source>
        <translation>Closed otherwise after settlement</translation>
    </message>
    <message>
        <location filename="../../ui/statistics/section.py" line="307"/>
        <source>调解（调解成功率 %1）</source>
        <translation>Mediation (success rate %1)</translation>
    </message>
    <message>
        <location filename="../../ui/statistics/section.py" line="285"/>
        <source>按期结案（按期结案率 %1）</source>
        <translation>Closed in time (rate %1)</translation>
    </message>
    <message>
        <location filename="../../ui/statistics/section.py" line="322"/>
        <location filename="../../ui/statistics/section.py" line="338"/>
        <source>%1年%2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <location filename="../../ui/statistics/section.py" line="329"/>
        <source>统计 — %1：%2</source>
        <translation>Statistics — %1: %2</translation>
    </message>
    <message>
        <location filename="../../ui/statistics/section.py" line="366"/>
        <source>截至 %1</source>
        <translation>As of %1</translation>
    </message>
    <message>
        <location filename="../../ui/statistics/section.py" line="368"/>
        <source>%1 至 %2（%3）</source>
        <translation>%1 to %2 (%3)</translation>
    </message>
    <message>
        <location filename="../../ui/statistics/section.py" line="370"/>
        <source>统计 %1 — %2</source>
        <translation>Statistics %1 — %2</translation>
    </message>
</context>
<context>
    <name>StatsFilterBar</name>
    <message>
        <location filename="../../ui/statistics/filter_bar.py" line="51"/>
        <source>本年</source>
        <translation>This year</translation>
    </message>
    <message>
        <location filename="../../ui/statistics/filter_bar.py" line="51"/>
        <source>本月</source>
        <translation>This month</translation>
    </message>
    <message>
        <location filename="../../ui/statistics/filter_bar.py" line="51"/>
        <source>上月</source>
        <translation>Last month</translation>
    </message>
    <message>
        <location filename="../../ui/statistics/filter_bar.py" line="52"/>
        <source>本季度</source>
        <translation>This quarter</translation>
    </message>
    <message>
        <location filename="../../ui/statistics/filter_bar.py" line="52"/>
        <source>上季度</source>
        <translation>Last quarter</translation>
    </message>
    <message>
        <location filename="../../ui/statistics/filter_bar.py" line="53"/>
        <source>近12个月</source>
        <translation>Last 12 months</translation>
    </message>
    <message>
        <location filename="../../ui/statistics/filter_bar.py" line="53"/>
        <source>上年</source>
        <translation>Last year</translation>
    </message>
    <message>
        <location filename="../../ui/statistics/filter_bar.py" line="54"/>
        <source>自定义</source>
        <translation>Custom</translation>
    </message>
    <message>
        <location filename="../../ui/statistics/filter_bar.py" line="56"/>
        <source>期间(&amp;P)：</source>
        <translation>&amp;Period:</translation>
    </message>
    <message>
        <location filename="../../ui/statistics/filter_bar.py" line="63"/>
        <source>至</source>
        <translation>to</translation>
    </message>
    <message>
        <location filename="../../ui/statistics/filter_bar.py" line="67"/>
        <source>按结案日期</source>
        <translation>By closing date</translation>
    </message>
    <message>
        <location filename="../../ui/statistics/filter_bar.py" line="68"/>
        <source>按立案日期</source>
        <translation>By registration date</translation>
    </message>
    <message>
        <location filename="../../ui/statistics/filter_bar.py" line="69"/>
        <source>期间按哪个日期选取案件：结案方式、按期结案率、办案周期、专利类型和标记统计期间内结案的案件，或期间内立案的案件。</source>
        <translation>Which date selects the cases for the period: closing method, rate closed in time, handling time, patent types and flags count the cases closed in the period, or the cases registered in it.</translation>
    </message>
    <message>
        <location filename="../../ui/statistics/filter_bar.py" line="79"/>
        <source>全部专利类型</source>
        <translation>All patent types</translation>
    </message>
    <message>
        <location filename="../../ui/statistics/filter_bar.py" line="84"/>
        <source>涉外</source>
        <translation>Foreign</translation>
    </message>
    <message>
        <location filename="../../ui/statistics/filter_bar.py" line="85"/>
        <source>电商</source>
        <translation>E-commerce</translation>
    </message>
    <message>
        <location filename="../../ui/statistics/filter_bar.py" line="86"/>
        <source>展会</source>
        <translation>Trade fair</translation>
    </message>
    <message>
        <location filename="../../ui/statistics/filter_bar.py" line="106"/>
        <source>本机关及下级</source>
        <translation>This office and subordinates</translation>
    </message>
    <message>
        <location filename="../../ui/statistics/filter_bar.py" line="106"/>
        <source>本机关</source>
        <translation>This office</translation>
    </message>
    <message>
        <location filename="../../ui/statistics/filter_bar.py" line="107"/>
        <source>全部承办人</source>
        <translation>All officers</translation>
    </message>
</context>
<context>
    <name>SubOfficeDialog</name>
    <message>
        <location filename="../../ui/admin/sub_office_dialog.py" line="24"/>
        <source>新增下级单位</source>
        <translation>Add a sub-office</translation>
    </message>
    <message>
        <location filename="../../ui/admin/sub_office_dialog.py" line="25"/>
        <source>下级单位与本单位共用一个数据库，各自办案、互不修改；本单位可查阅其案件和统计。它从本单位的设置（期限规则、文书、分流、口审和密码规则）开始，其管理员可再修改。</source>
        <translation>A sub-office shares this database with your office: each handles its own cases and changes nothing of the other&apos;s; your office can read its cases and statistics. It starts from your office&apos;s settings (deadline rules, documents, routing, hearing and password rules), which its administrator can then change.</translation>
    </message>
</context>
<context>
    <name>SurveyDialog</name>
    <message>
        <location filename="../../ui/satisfaction/survey_dialog.py" line="26"/>
        <source>满意度回访 — %1</source>
        <translation>Satisfaction survey — %1</translation>
    </message>
    <message>
        <location filename="../../ui/satisfaction/survey_dialog.py" line="27"/>
        <source>当事人：%1&#x3000;电话：%2&#x3000;结案日期：%3</source>
        <translation>Party: %1&#x3000;Telephone: %2&#x3000;Closed: %3</translation>
    </message>
    <message>
        <location filename="../../ui/satisfaction/survey_dialog.py" line="32"/>
        <source>回访方式(&amp;M)：</source>
        <translation>Survey &amp;method:</translation>
    </message>
    <message>
        <location filename="../../ui/satisfaction/survey_dialog.py" line="36"/>
        <source>回访日期(&amp;D)：</source>
        <translation>Survey &amp;date:</translation>
    </message>
    <message>
        <location filename="../../ui/satisfaction/survey_dialog.py" line="45"/>
        <source>意见建议(&amp;C)：</source>
        <translation>&amp;Comments and suggestions:</translation>
    </message>
</context>
<context>
    <name>SyncSettingsDialog</name>
    <message>
        <location filename="../../ui/sync/settings_dialog.py" line="22"/>
        <location filename="../../ui/sync/settings_dialog.py" line="38"/>
        <source>外出办案提醒设置</source>
        <translation>Field work reminders</translation>
    </message>
    <message>
        <location filename="../../ui/sync/settings_dialog.py" line="23"/>
        <source>笔记本超过这些天没有签入时，“外出办案”页和 sync status 会提醒；超过预计返回日期也会提醒。</source>
        <translation>When a laptop has not checked in for this many days, the Field work page and &quot;sync status&quot; warn; they also warn past the expected return date.</translation>
    </message>
    <message>
        <location filename="../../ui/sync/settings_dialog.py" line="26"/>
        <source>未签入提醒天数(&amp;D)：</source>
        <translation>Remind after &amp;days without check-in:</translation>
    </message>
</context>
<context>
    <name>SyncView</name>
    <message>
        <location filename="../../ui/sync/section.py" line="71"/>
        <source>检出到笔记本(&amp;O)…</source>
        <translation>Check &amp;out to a laptop…</translation>
    </message>
    <message>
        <location filename="../../ui/sync/section.py" line="73"/>
        <source>签入(&amp;I)…</source>
        <translation>Check &amp;in…</translation>
    </message>
    <message>
        <location filename="../../ui/sync/section.py" line="75"/>
        <source>签入笔记本带回的签入包或笔记本数据库文件</source>
        <translation>Check in the package or the laptop database file brought back from a laptop</translation>
    </message>
    <message>
        <location filename="../../ui/sync/section.py" line="76"/>
        <source>结束外出(&amp;E)…</source>
        <translation>&amp;End check-out…</translation>
    </message>
    <message>
        <location filename="../../ui/sync/section.py" line="78"/>
        <source>作废预留文号(&amp;V)…</source>
        <translation>&amp;Void reserved numbers…</translation>
    </message>
    <message>
        <location filename="../../ui/sync/section.py" line="80"/>
        <source>已结束外出办案、笔记本不再交回时，作废其未签回的预留文号</source>
        <translation>When a check-out has ended and its laptop will not come back, void the reserved numbers it never returned</translation>
    </message>
    <message>
        <location filename="../../ui/sync/section.py" line="81"/>
        <source>处理冲突(&amp;D)…</source>
        <translation>&amp;Decide conflict…</translation>
    </message>
    <message>
        <location filename="../../ui/sync/section.py" line="83"/>
        <source>签入到单位数据库(&amp;S)</source>
        <translation>Check in to the office database (&amp;S)</translation>
    </message>
    <message>
        <location filename="../../ui/sync/section.py" line="85"/>
        <source>导出签入包(&amp;X)…</source>
        <translation>E&amp;xport check-in package…</translation>
    </message>
    <message>
        <location filename="../../ui/sync/section.py" line="87"/>
        <source>导入回执(&amp;P)…</source>
        <translation>Im&amp;port receipt…</translation>
    </message>
    <message>
        <location filename="../../ui/sync/section.py" line="89"/>
        <source>单位签入签入包后写出的回执：笔记本据此知道每项操作的结果</source>
        <translation>The receipt the office writes after checking in a package: from it the laptop learns what became of each operation</translation>
    </message>
    <message>
        <location filename="../../ui/sync/section.py" line="90"/>
        <source>打开案件包(&amp;K)…</source>
        <translation>Open case pac&amp;kage…</translation>
    </message>
    <message>
        <location filename="../../ui/sync/section.py" line="92"/>
        <source>打开其他机关移送来的案件包（只读副本），建立查阅人账户后查阅</source>
        <translation>Open a case package transferred by another office (a read-only copy) and read it with a reader account</translation>
    </message>
    <message>
        <location filename="../../ui/sync/section.py" line="93"/>
        <source>刷新(&amp;R)</source>
        <translation>&amp;Refresh</translation>
    </message>
    <message>
        <location filename="../../ui/sync/section.py" line="94"/>
        <source>提醒设置(&amp;W)…</source>
        <translation>Reminder settings (&amp;W)…</translation>
    </message>
    <message>
        <location filename="../../ui/sync/section.py" line="179"/>
        <source>本笔记本副本是以数据包方式检出的，没有记录单位数据库地址：请导出签入包带回单位签入。</source>
        <translation>This laptop copy was checked out as a package and holds no office database address: export a check-in package and check it in at the office.</translation>
    </message>
    <message>
        <location filename="../../ui/sync/section.py" line="206"/>
        <source>已检出 %1 件记录到“%2”（外出办案编号 %3）。</source>
        <translation>%1 records checked out to &quot;%2&quot; (check-out no. %3).</translation>
    </message>
    <message>
        <location filename="../../ui/sync/section.py" line="209"/>
        <source>预留文号：%1 %2 年第 %3–%4 号</source>
        <translation>Reserved document numbers: %1 %2 nos. %3–%4</translation>
    </message>
    <message>
        <location filename="../../ui/sync/section.py" line="212"/>
        <source>检出包：%1
在笔记本上导入它需要同一口令。</source>
        <translation>Check-out package: %1
Importing it on the laptop needs the same passphrase.</translation>
    </message>
    <message>
        <location filename="../../ui/sync/section.py" line="213"/>
        <location filename="../../ui/sync/section.py" line="219"/>
        <location filename="../../ui/sync/section.py" line="222"/>
        <source>检出到笔记本</source>
        <translation>Check out to a laptop</translation>
    </message>
    <message>
        <location filename="../../ui/sync/section.py" line="215"/>
        <source>笔记本副本：%1</source>
        <translation>Laptop copy: %1</translation>
    </message>
    <message>
        <location filename="../../ui/sync/section.py" line="217"/>
        <source>现在切换到笔记本副本并重新启动本程序吗？切换后，本程序每次启动都打开笔记本副本（需要刚才设置的口令），直到签入后在“外出办案”中切换回单位数据库。</source>
        <translation>Switch to the laptop copy and restart the program now? From then on the program opens the laptop copy at every start (with the passphrase you just set) until, after check-in, you switch back to the office database under &quot;Field work&quot;.</translation>
    </message>
    <message>
        <location filename="../../ui/sync/section.py" line="222"/>
        <location filename="../../ui/sync/section.py" line="286"/>
        <source>未能自动重新启动，请关闭本程序后再打开。</source>
        <translation>Could not restart automatically; please close the program and open it again.</translation>
    </message>
    <message>
        <location filename="../../ui/sync/section.py" line="226"/>
        <source>选择签入包或笔记本数据库</source>
        <translation>Choose a check-in package or a laptop database</translation>
    </message>
    <message>
        <location filename="../../ui/sync/section.py" line="227"/>
        <source>ipcase 数据包 (*.ipcpkg);;笔记本数据库 (*.db);;所有文件 (*)</source>
        <translation>ipcase package (*.ipcpkg);;Laptop database (*.db);;All files (*)</translation>
    </message>
    <message>
        <location filename="../../ui/sync/section.py" line="244"/>
        <source>笔记本数据库口令</source>
        <translation>Laptop database passphrase</translation>
    </message>
    <message>
        <location filename="../../ui/sync/section.py" line="245"/>
        <source>“%1”已加密。请输入检出时设置的口令：</source>
        <translation>&quot;%1&quot; is encrypted. Enter the passphrase set at check-out:</translation>
    </message>
    <message>
        <location filename="../../ui/sync/section.py" line="262"/>
        <source>正在签入…</source>
        <translation>Checking in…</translation>
    </message>
    <message>
        <location filename="../../ui/sync/section.py" line="262"/>
        <location filename="../../ui/sync/section.py" line="268"/>
        <location filename="../../ui/sync/section.py" line="282"/>
        <location filename="../../ui/sync/section.py" line="286"/>
        <source>签入</source>
        <translation>Check in</translation>
    </message>
    <message>
        <location filename="../../ui/sync/section.py" line="268"/>
        <source>签入已中断。已执行的操作不会重复，再次签入即可继续。</source>
        <translation>The check-in was interrupted. Operations already applied are not repeated: check in again to continue.</translation>
    </message>
    <message>
        <location filename="../../ui/sync/section.py" line="283"/>
        <source>全部记录已签回单位。现在切换回单位数据库并重新启动本程序吗？（笔记本副本保留在本机，可随时删除。）</source>
        <translation>Every record is back at the office. Switch back to the office database and restart the program now? (The laptop copy stays on this computer; you may delete it at any time.)</translation>
    </message>
    <message>
        <location filename="../../ui/sync/section.py" line="293"/>
        <source>签入包</source>
        <translation>Check-in package</translation>
    </message>
    <message>
        <location filename="../../ui/sync/section.py" line="295"/>
        <location filename="../../ui/sync/section.py" line="300"/>
        <source>导出签入包</source>
        <translation>Export check-in package</translation>
    </message>
    <message>
        <location filename="../../ui/sync/section.py" line="295"/>
        <source>ipcase 数据包 (*.ipcpkg)</source>
        <translation>ipcase package (*.ipcpkg)</translation>
    </message>
    <message>
        <location filename="../../ui/sync/section.py" line="316"/>
        <source>选择回执</source>
        <translation>Choose a receipt</translation>
    </message>
    <message>
        <location filename="../../ui/sync/section.py" line="316"/>
        <location filename="../../ui/sync/section.py" line="330"/>
        <source>ipcase 数据包 (*.ipcpkg);;所有文件 (*)</source>
        <translation>ipcase package (*.ipcpkg);;All files (*)</translation>
    </message>
    <message>
        <location filename="../../ui/sync/section.py" line="323"/>
        <source>导入回执</source>
        <translation>Import receipt</translation>
    </message>
    <message>
        <location filename="../../ui/sync/section.py" line="323"/>
        <source>已导入回执：%1 项操作的结果已记入操作记录。</source>
        <translation>Receipt imported: the results of %1 operations are in the operations list.</translation>
    </message>
    <message>
        <location filename="../../ui/sync/section.py" line="330"/>
        <source>选择案件包</source>
        <translation>Choose a case package</translation>
    </message>
    <message>
        <location filename="../../ui/sync/section.py" line="338"/>
        <source>移送案件包</source>
        <translation>Transfer package</translation>
    </message>
    <message>
        <location filename="../../ui/sync/section.py" line="338"/>
        <source>会议案件包</source>
        <translation>Meeting package</translation>
    </message>
    <message>
        <location filename="../../ui/sync/section.py" line="339"/>
        <source>已打开%1（%2）：%3
查阅人账户：%4（只能查阅）。

现在另开一个窗口查阅该副本吗？（需要数据包口令和查阅人密码；本窗口仍是单位数据库。）</source>
        <translation>Opened %1 (%2): %3
Reader account: %4 (read only).

Open a second window on the copy now? (It needs the package passphrase and the reader&apos;s password; this window stays on the office database.)</translation>
    </message>
    <message>
        <location filename="../../ui/sync/section.py" line="343"/>
        <location filename="../../ui/sync/section.py" line="344"/>
        <source>打开案件包</source>
        <translation>Open a case package</translation>
    </message>
    <message>
        <location filename="../../ui/sync/section.py" line="344"/>
        <source>未能启动新窗口，请用“python main.py --db %1”打开。</source>
        <translation>Could not start a new window; open it with &quot;python main.py --db %1&quot;.</translation>
    </message>
    <message>
        <location filename="../../ui/sync/section.py" line="366"/>
        <source>作废预留文号</source>
        <translation>Void reserved numbers</translation>
    </message>
    <message>
        <location filename="../../ui/sync/section.py" line="366"/>
        <source>已作废 %1 个预留文号，并在文号登记中注明原因。</source>
        <translation>%1 reserved numbers voided, with the reason recorded in the number register.</translation>
    </message>
</context>
<context>
    <name>TargetDialog</name>
    <message>
        <location filename="../../ui/satisfaction/target_dialog.py" line="20"/>
        <location filename="../../ui/satisfaction/target_dialog.py" line="34"/>
        <source>满意度目标</source>
        <translation>Satisfaction target</translation>
    </message>
    <message>
        <location filename="../../ui/satisfaction/target_dialog.py" line="21"/>
        <source>目标分值(&amp;T)：</source>
        <translation>&amp;Target score:</translation>
    </message>
</context>
<context>
    <name>TodaysHearings</name>
    <message>
        <location filename="../../ui/hearings/todays_list.py" line="14"/>
        <source>时间</source>
        <translation>Time</translation>
    </message>
    <message>
        <location filename="../../ui/hearings/todays_list.py" line="14"/>
        <source>口审庭</source>
        <translation>Hearing room</translation>
    </message>
    <message>
        <location filename="../../ui/hearings/todays_list.py" line="15"/>
        <source>案号</source>
        <translation>Case number</translation>
    </message>
    <message>
        <location filename="../../ui/hearings/todays_list.py" line="16"/>
        <source>当事人</source>
        <translation>Party</translation>
    </message>
    <message>
        <location filename="../../ui/hearings/todays_list.py" line="16"/>
        <source>合议组/书记员</source>
        <translation>Panel/clerk</translation>
    </message>
    <message>
        <location filename="../../ui/hearings/todays_list.py" line="17"/>
        <source>状态</source>
        <translation>State</translation>
    </message>
</context>
<context>
    <name>TodaysHearingsBox</name>
    <message>
        <location filename="../../ui/hearings/todays_list.py" line="32"/>
        <source>今日口审</source>
        <translation>Today&apos;s hearings</translation>
    </message>
    <message>
        <location filename="../../ui/hearings/todays_list.py" line="41"/>
        <source>今日口审（%1）</source>
        <translation>Today&apos;s hearings (%1)</translation>
    </message>
    <message>
        <location filename="../../ui/hearings/todays_list.py" line="43"/>
        <source>（线上）</source>
        <translation>(online)</translation>
    </message>
</context>
<context>
    <name>TypicalCaseDialog</name>
    <message>
        <location filename="../../ui/publication/typical_dialog.py" line="22"/>
        <source>典型案例 — %1</source>
        <translation>Typical case — %1</translation>
    </message>
    <message>
        <location filename="../../ui/publication/typical_dialog.py" line="23"/>
        <source>年度(&amp;Y)：</source>
        <translation>&amp;Year:</translation>
    </message>
    <message>
        <location filename="../../ui/publication/typical_dialog.py" line="26"/>
        <source>案例标题(&amp;T)：</source>
        <translation>Case &amp;title:</translation>
    </message>
    <message>
        <location filename="../../ui/publication/typical_dialog.py" line="28"/>
        <source>案例要旨(&amp;S)：</source>
        <translation>&amp;Summary:</translation>
    </message>
</context>
<context>
    <name>UserDialog</name>
    <message>
        <location filename="../../ui/admin/users_tab.py" line="40"/>
        <source>重置密码 — %1</source>
        <translation>Reset password — %1</translation>
    </message>
    <message>
        <location filename="../../ui/admin/users_tab.py" line="40"/>
        <source>添加用户</source>
        <translation>Add user</translation>
    </message>
    <message>
        <location filename="../../ui/admin/users_tab.py" line="51"/>
        <source>用户名(&amp;U)：</source>
        <translation>&amp;User name:</translation>
    </message>
    <message>
        <location filename="../../ui/admin/users_tab.py" line="52"/>
        <source>姓名(&amp;N)：</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <location filename="../../ui/admin/users_tab.py" line="53"/>
        <source>角色(&amp;R)：</source>
        <translation>&amp;Role:</translation>
    </message>
    <message>
        <location filename="../../ui/admin/users_tab.py" line="54"/>
        <source>密码(&amp;P)：</source>
        <translation>&amp;Password:</translation>
    </message>
    <message>
        <location filename="../../ui/admin/users_tab.py" line="55"/>
        <source>确认密码(&amp;C)：</source>
        <translation>&amp;Confirm password:</translation>
    </message>
    <message>
        <location filename="../../ui/admin/users_tab.py" line="65"/>
        <source>两次输入的密码不一致</source>
        <translation>The two passwords do not match</translation>
    </message>
</context>
<context>
    <name>UserEditDialog</name>
    <message>
        <location filename="../../ui/admin/user_edit_dialog.py" line="25"/>
        <source>修改用户 — %1</source>
        <translation>Edit user — %1</translation>
    </message>
    <message>
        <location filename="../../ui/admin/user_edit_dialog.py" line="34"/>
        <source>不能更改自己的角色，请另一位管理员更改</source>
        <translation>You cannot change your own role; ask another administrator</translation>
    </message>
    <message>
        <location filename="../../ui/admin/user_edit_dialog.py" line="35"/>
        <source>用户名：</source>
        <translation>User name:</translation>
    </message>
    <message>
        <location filename="../../ui/admin/user_edit_dialog.py" line="36"/>
        <source>姓名(&amp;N)：</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <location filename="../../ui/admin/user_edit_dialog.py" line="37"/>
        <source>角色(&amp;R)：</source>
        <translation>&amp;Role:</translation>
    </message>
</context>
<context>
    <name>UsersPage</name>
    <message>
        <location filename="../../ui/admin/users_tab.py" line="90"/>
        <source>用户名</source>
        <translation>User name</translation>
    </message>
    <message>
        <location filename="../../ui/admin/users_tab.py" line="90"/>
        <source>姓名</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../ui/admin/users_tab.py" line="90"/>
        <source>角色</source>
        <translation>Role</translation>
    </message>
    <message>
        <location filename="../../ui/admin/users_tab.py" line="90"/>
        <source>状态</source>
        <translation>State</translation>
    </message>
    <message>
        <location filename="../../ui/admin/users_tab.py" line="99"/>
        <source>添加用户(&amp;A)…</source>
        <translation>&amp;Add user…</translation>
    </message>
    <message>
        <location filename="../../ui/admin/users_tab.py" line="100"/>
        <source>修改姓名/角色(&amp;E)…</source>
        <translation>&amp;Edit name/role…</translation>
    </message>
    <message>
        <location filename="../../ui/admin/users_tab.py" line="104"/>
        <source>停用/启用(&amp;T)</source>
        <translation>Deac&amp;tivate/activate</translation>
    </message>
    <message>
        <location filename="../../ui/admin/users_tab.py" line="105"/>
        <source>重置密码(&amp;P)…</source>
        <translation>Reset &amp;password…</translation>
    </message>
    <message>
        <location filename="../../ui/admin/users_tab.py" line="106"/>
        <source>解除锁定(&amp;U)</source>
        <translation>&amp;Unlock</translation>
    </message>
    <message>
        <location filename="../../ui/admin/users_tab.py" line="108"/>
        <source>登录与密码规则(&amp;R)…</source>
        <translation>Login and password &amp;rules…</translation>
    </message>
    <message>
        <location filename="../../ui/admin/users_tab.py" line="141"/>
        <source>已锁定（至 %1）</source>
        <translation>Locked (until %1)</translation>
    </message>
    <message>
        <location filename="../../ui/admin/users_tab.py" line="142"/>
        <source>启用</source>
        <translation>Active</translation>
    </message>
    <message>
        <location filename="../../ui/admin/users_tab.py" line="139"/>
        <source>已停用</source>
        <translation>Deactivated</translation>
    </message>
    <message>
        <location filename="../../ui/admin/users_tab.py" line="167"/>
        <source>重置密码</source>
        <translation>Reset password</translation>
    </message>
    <message>
        <location filename="../../ui/admin/users_tab.py" line="167"/>
        <source>密码已重置。</source>
        <translation>Password reset.</translation>
    </message>
</context>
<context>
    <name>VoidNumbersDialog</name>
    <message>
        <location filename="../../ui/sync/void_numbers_dialog.py" line="23"/>
        <source>作废预留文号</source>
        <translation>Void reserved numbers</translation>
    </message>
    <message>
        <location filename="../../ui/sync/void_numbers_dialog.py" line="25"/>
        <source>%1 的笔记本“%2”的外出办案已于 %3 结束（%4），仍有 %5 个预留文号未签回。

作废后，这些文号在文号登记中注明作废原因，不再退回文号序列（笔记本可能已经用它们制作并送达了文书）。如笔记本日后找回，其签入的文书仍按原文号登记。</source>
        <translation>The field check-out of %1&apos;s laptop &quot;%2&quot; ended on %3 (%4) with %5 reserved numbers not returned.

Once voided, these numbers carry the reason in the number register and never return to the counter (the laptop may already have used them on documents it served). If the laptop is found later, the documents it checks in keep their numbers.</translation>
    </message>
    <message>
        <location filename="../../ui/sync/void_numbers_dialog.py" line="32"/>
        <source>作废原因(&amp;R)：</source>
        <translation>&amp;Reason for voiding:</translation>
    </message>
    <message>
        <location filename="../../ui/sync/void_numbers_dialog.py" line="33"/>
        <source>例如：笔记本遗失，无法核实预留文号是否使用</source>
        <translation>e.g. laptop lost; whether the reserved numbers were used cannot be checked</translation>
    </message>
</context>
<context>
    <name>WeekGrid</name>
    <message>
        <location filename="../../ui/hearings/week_grid.py" line="114"/>
        <source>M月d日 ddd</source>
        <translation>ddd MMM d</translation>
    </message>
    <message>
        <location filename="../../ui/hearings/week_grid.py" line="117"/>
        <source>今天 %1</source>
        <translation>Today %1</translation>
    </message>
</context>
<context>
    <name>WelcomeDialog</name>
    <message>
        <location filename="../../ui/admin/first_run.py" line="51"/>
        <source>欢迎使用 — 专利侵权纠纷行政裁决案件管理</source>
        <translation>Welcome — Patent Infringement Administrative Adjudication Case Management</translation>
    </message>
    <message>
        <location filename="../../ui/admin/first_run.py" line="62"/>
        <source>上一步(&amp;B)</source>
        <translation>&amp;Back</translation>
    </message>
    <message>
        <location filename="../../ui/admin/first_run.py" line="69"/>
        <source>退出(&amp;Q)</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <location filename="../../ui/admin/first_run.py" line="83"/>
        <source>欢迎使用专利侵权纠纷行政裁决案件管理</source>
        <translation>Welcome to Patent Infringement Administrative Adjudication Case Management</translation>
    </message>
    <message>
        <location filename="../../ui/admin/first_run.py" line="86"/>
        <source>本机还没有案件数据库。请选择如何开始：</source>
        <translation>This computer has no case database yet. Choose how to start:</translation>
    </message>
    <message>
        <location filename="../../ui/admin/first_run.py" line="90"/>
        <source>试用演示数据(&amp;D)</source>
        <translation>Try the &amp;demo data</translation>
    </message>
    <message>
        <location filename="../../ui/admin/first_run.py" line="91"/>
        <source>一个虚构的市局，含各阶段的演示案件和各角色的演示账户，可随意操作。正式使用时再新建本单位数据库或连接单位数据库。</source>
        <translation>A fictitious city bureau with demo cases at every stage and demo accounts for every role, to try freely. For real work, create your office&apos;s database or connect to the office&apos;s database.</translation>
    </message>
    <message>
        <location filename="../../ui/admin/first_run.py" line="95"/>
        <source>新建本单位数据库(&amp;N)</source>
        <translation>Create your office&apos;s database (&amp;N)</translation>
    </message>
    <message>
        <location filename="../../ui/admin/first_run.py" line="96"/>
        <source>在本机建立本单位的数据库：填写机关名称、机关简称、案号格式和系统管理员账户。</source>
        <translation>Create your office&apos;s database on this computer: enter the office name, short name, case number format and the system administrator account.</translation>
    </message>
    <message>
        <location filename="../../ui/admin/first_run.py" line="99"/>
        <source>连接单位共享数据库(&amp;C)</source>
        <translation>&amp;Connect to your office&apos;s shared database</translation>
    </message>
    <message>
        <location filename="../../ui/admin/first_run.py" line="100"/>
        <source>单位已在服务器上建有数据库（PostgreSQL），或在共享文件夹中存放数据库文件。</source>
        <translation>Your office already has a database on a server (PostgreSQL), or a database file in a shared folder.</translation>
    </message>
    <message>
        <location filename="../../ui/admin/first_run.py" line="113"/>
        <source>新建本单位数据库</source>
        <translation>Create your office&apos;s database</translation>
    </message>
    <message>
        <location filename="../../ui/admin/first_run.py" line="126"/>
        <source>管理员登录后可在“设置”中添加用户、新增下级单位、录入节假日。</source>
        <translation>After logging in, the administrator adds users, sub-offices and holidays under &quot;Settings&quot;.</translation>
    </message>
    <message>
        <location filename="../../ui/admin/first_run.py" line="136"/>
        <source>连接单位共享数据库</source>
        <translation>Connect to your office&apos;s shared database</translation>
    </message>
    <message>
        <location filename="../../ui/admin/first_run.py" line="139"/>
        <source>服务器数据库请填写地址，如 postgresql://用户名:密码@服务器地址:5432/ipcase（向单位的系统管理员索取）；共享文件夹中的数据库文件请点“选择文件…”。</source>
        <translation>For a server database enter its address, e.g. postgresql://user:password@server:5432/ipcase (ask your office&apos;s system administrator); for a database file in a shared folder click &quot;Choose file…&quot;.</translation>
    </message>
    <message>
        <location filename="../../ui/admin/first_run.py" line="146"/>
        <source>postgresql://用户名:密码@服务器地址:5432/ipcase</source>
        <translation>postgresql://user:password@server:5432/ipcase</translation>
    </message>
    <message>
        <location filename="../../ui/admin/first_run.py" line="148"/>
        <source>选择文件(&amp;F)…</source>
        <translation>Choose &amp;file…</translation>
    </message>
    <message>
        <location filename="../../ui/admin/first_run.py" line="150"/>
        <source>测试连接(&amp;T)</source>
        <translation>&amp;Test connection</translation>
    </message>
    <message>
        <location filename="../../ui/admin/first_run.py" line="162"/>
        <source>升级数据库结构（请先确认单位已备份该数据库；升级后旧版程序不能再打开它）</source>
        <translation>Upgrade the database structure (make sure your office has backed this database up first; older versions of the program cannot open it afterwards)</translation>
    </message>
    <message>
        <location filename="../../ui/admin/first_run.py" line="167"/>
        <source>在此数据库中新建本单位(&amp;S)…</source>
        <translation>&amp;Set up your office in this database…</translation>
    </message>
    <message>
        <location filename="../../ui/admin/first_run.py" line="178"/>
        <source>创建并登录(&amp;O)</source>
        <translation>Create and l&amp;og in</translation>
    </message>
    <message>
        <location filename="../../ui/admin/first_run.py" line="180"/>
        <source>连接并登录(&amp;O)</source>
        <translation>C&amp;onnect and log in</translation>
    </message>
    <message>
        <location filename="../../ui/admin/first_run.py" line="193"/>
        <source>数据库位置：%1</source>
        <translation>Database location: %1</translation>
    </message>
    <message>
        <location filename="../../ui/admin/first_run.py" line="241"/>
        <source>正在连接…</source>
        <translation>Connecting…</translation>
    </message>
    <message>
        <location filename="../../ui/admin/first_run.py" line="271"/>
        <source>连接成功：这是本系统的数据库，可以登录。</source>
        <translation>Connected: this is a database of this system; you can log in.</translation>
    </message>
    <message>
        <location filename="../../ui/admin/first_run.py" line="272"/>
        <source>连接成功：这是本系统旧版本的数据库，须先升级数据库结构才能使用。</source>
        <translation>Connected: this is a database of an older version of this system; upgrade its structure before using it.</translation>
    </message>
    <message>
        <location filename="../../ui/admin/first_run.py" line="273"/>
        <source>这是本系统更新版本的数据库，本程序版本较旧，请先升级本程序。</source>
        <translation>This database is from a newer version of this system; this program is older: upgrade the program first.</translation>
    </message>
    <message>
        <location filename="../../ui/admin/first_run.py" line="274"/>
        <source>连接成功：这是一个空数据库，可以在其中新建本单位。</source>
        <translation>Connected: this is an empty database; you can set up your office in it.</translation>
    </message>
    <message>
        <location filename="../../ui/admin/first_run.py" line="275"/>
        <source>连接成功：数据库已建好但还没有单位，可以在其中新建本单位。</source>
        <translation>Connected: the database exists but has no office yet; you can set up your office in it.</translation>
    </message>
    <message>
        <location filename="../../ui/admin/first_run.py" line="280"/>
        <source>无法识别的地址：请填写以 postgresql:// 开头的地址，或选择数据库文件。</source>
        <translation>Address not recognised: enter an address starting with postgresql://, or choose a database file.</translation>
    </message>
    <message>
        <location filename="../../ui/admin/first_run.py" line="281"/>
        <source>找不到服务器：请检查服务器地址（主机名或 IP）是否写对，本机能否连上单位网络。</source>
        <translation>Server not found: check the server address (host name or IP) and that this computer can reach the office network.</translation>
    </message>
    <message>
        <location filename="../../ui/admin/first_run.py" line="282"/>
        <source>服务器拒绝连接：请检查端口号（通常为 5432），以及数据库服务是否已启动、是否允许本机连接。</source>
        <translation>The server refused the connection: check the port (usually 5432), that the database service is running and that it accepts this computer.</translation>
    </message>
    <message>
        <location filename="../../ui/admin/first_run.py" line="283"/>
        <source>用户名或密码不正确：请向单位的系统管理员核对。</source>
        <translation>Wrong user name or password: check with your office&apos;s system administrator.</translation>
    </message>
    <message>
        <location filename="../../ui/admin/first_run.py" line="284"/>
        <source>服务器上没有这个数据库：请检查地址最后的数据库名。</source>
        <translation>The server has no such database: check the database name at the end of the address.</translation>
    </message>
    <message>
        <location filename="../../ui/admin/first_run.py" line="285"/>
        <source>连接超时：服务器没有应答，请检查网络或防火墙。</source>
        <translation>Connection timed out: the server does not answer; check the network or firewall.</translation>
    </message>
    <message>
        <location filename="../../ui/admin/first_run.py" line="286"/>
        <source>找不到该文件：请检查共享文件夹是否已连接、路径是否正确。</source>
        <translation>File not found: check that the shared folder is connected and the path is right.</translation>
    </message>
    <message>
        <location filename="../../ui/admin/first_run.py" line="287"/>
        <source>该文件不是数据库文件，或已损坏、已加密。</source>
        <translation>This file is not a database file, or it is damaged or encrypted.</translation>
    </message>
    <message>
        <location filename="../../ui/admin/first_run.py" line="288"/>
        <source>这是一个数据库，但不是本系统的数据库：请检查地址，不要连接其他系统的数据库。</source>
        <translation>This is a database, but not one of this system: check the address, and do not connect to another system&apos;s database.</translation>
    </message>
    <message>
        <location filename="../../ui/admin/first_run.py" line="289"/>
        <source>无法连接：%1</source>
        <translation>Cannot connect: %1</translation>
    </message>
    <message>
        <location filename="../../ui/admin/first_run.py" line="293"/>
        <source>选择数据库文件</source>
        <translation>Choose a database file</translation>
    </message>
    <message>
        <location filename="../../ui/admin/first_run.py" line="293"/>
        <source>数据库文件 (*.db *.sqlite);;所有文件 (*)</source>
        <translation>Database files (*.db *.sqlite);;All files (*)</translation>
    </message>
</context>
<context>
    <name>_Form</name>
    <message>
        <location filename="../../ui/hearings/forms.py" line="48"/>
        <source>当事人(&amp;P)</source>
        <translation>&amp;Parties</translation>
    </message>
</context>
<context>
    <name>case_tabs</name>
    <message>
        <location filename="../../ui/cases/tabs.py" line="131"/>
        <source>身份</source>
        <translation>Capacity</translation>
    </message>
    <message>
        <location filename="../../ui/cases/tabs.py" line="131"/>
        <source>名称/姓名</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../ui/cases/tabs.py" line="131"/>
        <source>类型</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../ui/cases/tabs.py" line="131"/>
        <source>证件号码</source>
        <translation>ID number</translation>
    </message>
    <message>
        <location filename="../../ui/cases/tabs.py" line="131"/>
        <source>法定代表人</source>
        <translation>Legal representative</translation>
    </message>
    <message>
        <location filename="../../ui/cases/tabs.py" line="131"/>
        <source>地址</source>
        <translation>Address</translation>
    </message>
    <message>
        <location filename="../../ui/cases/tabs.py" line="131"/>
        <source>电话</source>
        <translation>Telephone</translation>
    </message>
    <message>
        <location filename="../../ui/cases/tabs.py" line="132"/>
        <source>受理通知送达</source>
        <translation>Service of the notice of acceptance</translation>
    </message>
    <message>
        <location filename="../../ui/cases/tabs.py" line="132"/>
        <source>副本送达</source>
        <translation>Service of copies</translation>
    </message>
    <message>
        <location filename="../../ui/cases/tabs.py" line="132"/>
        <source>答辩书收到</source>
        <translation>Answer received</translation>
    </message>
    <message>
        <location filename="../../ui/cases/tabs.py" line="132"/>
        <source>裁决书送达</source>
        <translation>Service of the ruling</translation>
    </message>
    <message>
        <location filename="../../ui/cases/tabs.py" line="262"/>
        <source>时间</source>
        <translation>Time</translation>
    </message>
    <message>
        <location filename="../../ui/cases/tabs.py" line="262"/>
        <source>操作人</source>
        <translation>Operator</translation>
    </message>
    <message>
        <location filename="../../ui/cases/tabs.py" line="262"/>
        <source>事项</source>
        <translation>Matter</translation>
    </message>
    <message>
        <location filename="../../ui/cases/tabs.py" line="262"/>
        <source>状态变化</source>
        <translation>State change</translation>
    </message>
    <message>
        <location filename="../../ui/cases/tabs.py" line="262"/>
        <source>详情</source>
        <translation>Details</translation>
    </message>
</context>
<context>
    <name>errors</name>
    <message>
        <location filename="../../ui/common/errors.py" line="40"/>
        <source>必须填写</source>
        <translation>Required</translation>
    </message>
    <message>
        <location filename="../../ui/common/errors.py" line="41"/>
        <source>格式不正确</source>
        <translation>Incorrect format</translation>
    </message>
    <message>
        <location filename="../../ui/common/errors.py" line="42"/>
        <source>不能晚于今天</source>
        <translation>Cannot be later than today</translation>
    </message>
    <message>
        <location filename="../../ui/common/errors.py" line="43"/>
        <source>不是可选的值</source>
        <translation>Not an allowed value</translation>
    </message>
    <message>
        <location filename="../../ui/common/errors.py" line="44"/>
        <source>超出允许的范围</source>
        <translation>Out of the allowed range</translation>
    </message>
    <message>
        <location filename="../../ui/common/errors.py" line="45"/>
        <source>必须是数字</source>
        <translation>Must be a number</translation>
    </message>
    <message>
        <location filename="../../ui/common/errors.py" line="47"/>
        <source>校验位不正确（按前面的数字，校验位应为 %1）</source>
        <translation>Incorrect check digit (by the digits before it, the check digit should be %1)</translation>
    </message>
    <message>
        <location filename="../../ui/common/errors.py" line="48"/>
        <source>年份不正确（%1）</source>
        <translation>Incorrect year (%1)</translation>
    </message>
    <message>
        <location filename="../../ui/common/errors.py" line="49"/>
        <source>专利类型代码不正确（%1，应为 1、2、3、8 或 9）</source>
        <translation>Incorrect patent type code (%1; must be 1, 2, 3, 8 or 9)</translation>
    </message>
    <message>
        <location filename="../../ui/common/errors.py" line="50"/>
        <source>出生日期不正确（%1）</source>
        <translation>Incorrect date of birth (%1)</translation>
    </message>
    <message>
        <location filename="../../ui/common/errors.py" line="51"/>
        <source>日期不正确（%1）</source>
        <translation>Incorrect date (%1)</translation>
    </message>
    <message>
        <location filename="../../ui/common/errors.py" line="53"/>
        <source>内容过长（最多 %1 个字）</source>
        <translation>Too long (at most %1 characters)</translation>
    </message>
    <message>
        <location filename="../../ui/common/errors.py" line="55"/>
        <source>含有不可见的控制字符（%1），请删除后再保存</source>
        <translation>Contains invisible control characters (%1); remove them before saving</translation>
    </message>
    <message>
        <location filename="../../ui/common/errors.py" line="56"/>
        <source>只能填写一行，请删除换行</source>
        <translation>One line only: remove the line break</translation>
    </message>
    <message>
        <location filename="../../ui/common/errors.py" line="58"/>
        <source>公民代理人须填写住址（律师、专利代理师请填写所在律师事务所或代理机构）</source>
        <translation>A citizen agent needs an address (for lawyers and patent attorneys, give their law firm or agency)</translation>
    </message>
    <message>
        <location filename="../../ui/admin/errors.py" line="8"/>
        <source>类型不正确（%1），应为 假/休/holiday 或 班/调休/workday</source>
        <translation>Incorrect type (%1); must be 假/休/holiday or 班/调休/workday</translation>
    </message>
    <message>
        <location filename="../../ui/admin/errors.py" line="9"/>
        <source>日期不属于该年份（%1）</source>
        <translation>The date is not in that year (%1)</translation>
    </message>
    <message>
        <location filename="../../ui/admin/errors.py" line="10"/>
        <source>同一天既是假日又是调休上班日（%1）</source>
        <translation>The same day is both a holiday and a make-up working day (%1)</translation>
    </message>
    <message>
        <location filename="../../ui/cases/errors.py" line="8"/>
        <location filename="../../ui/cases/errors.py" line="34"/>
        <source>结案期限已延长两次，不能再延长</source>
        <translation>The closing limit has been extended twice and cannot be extended again</translation>
    </message>
    <message>
        <location filename="../../ui/common/errors.py" line="52"/>
        <source>已存在（%1）</source>
        <translation>Already exists (%1)</translation>
    </message>
    <message>
        <location filename="../../ui/common/errors.py" line="57"/>
        <source>数量过多（%1）</source>
        <translation>Too many (%1)</translation>
    </message>
    <message>
        <location filename="../../ui/admin/errors.py" line="12"/>
        <source>密码太简单</source>
        <translation>Password too simple</translation>
    </message>
    <message>
        <location filename="../../ui/admin/errors.py" line="13"/>
        <source>太短（至少 %1 个字符）</source>
        <translation>Too short (at least %1 characters)</translation>
    </message>
    <message>
        <location filename="../../ui/admin/errors.py" line="14"/>
        <source>已被使用</source>
        <translation>Already used</translation>
    </message>
    <message>
        <location filename="../../ui/admin/errors.py" line="15"/>
        <source>不能停用自己的账户</source>
        <translation>You cannot deactivate your own account</translation>
    </message>
    <message>
        <location filename="../../ui/admin/errors.py" line="16"/>
        <source>不能更改自己的角色（请另一位管理员更改）</source>
        <translation>You cannot change your own role (ask another administrator)</translation>
    </message>
    <message>
        <location filename="../../ui/admin/errors.py" line="18"/>
        <source>须同时包含字母和数字</source>
        <translation>Must contain both letters and digits</translation>
    </message>
    <message>
        <location filename="../../ui/admin/errors.py" line="19"/>
        <source>不能与用户名相同</source>
        <translation>Must differ from the user name</translation>
    </message>
    <message>
        <location filename="../../ui/admin/errors.py" line="20"/>
        <source>不能与原密码相同</source>
        <translation>Must differ from the old password</translation>
    </message>
    <message>
        <location filename="../../ui/admin/errors.py" line="21"/>
        <source>含有无法输入的控制字符</source>
        <translation>Contains control characters that cannot be typed</translation>
    </message>
    <message>
        <location filename="../../ui/admin/errors.py" line="22"/>
        <source>不正确</source>
        <translation>Incorrect</translation>
    </message>
    <message>
        <location filename="../../ui/admin/errors.py" line="25"/>
        <source>已有本系统的数据库（%1），已设好单位，未作改动；可直接登录</source>
        <translation>This system&apos;s database already exists (%1) with its office set up; nothing was changed. Log in directly</translation>
    </message>
    <message>
        <location filename="../../ui/common/errors.py" line="59"/>
        <source>未找到，可能已被删除</source>
        <translation>Not found; it may have been deleted</translation>
    </message>
    <message>
        <location filename="../../ui/cases/errors.py" line="9"/>
        <source>该审批事项已处理（%1）</source>
        <translation>This approval has already been dealt with (%1)</translation>
    </message>
    <message>
        <location filename="../../ui/cases/errors.py" line="10"/>
        <source>与专利号中的类型代码不符</source>
        <translation>Does not match the type code in the patent number</translation>
    </message>
    <message>
        <location filename="../../ui/cases/errors.py" line="16"/>
        <source>不能早于立案日期（%1）</source>
        <translation>Cannot be earlier than the registration date (%1)</translation>
    </message>
    <message>
        <location filename="../../ui/common/errors.py" line="60"/>
        <source>不能早于开始日期（%1）</source>
        <translation>Cannot be earlier than the start date (%1)</translation>
    </message>
    <message>
        <location filename="../../ui/admin/errors.py" line="23"/>
        <source>须包含序号占位符 %1</source>
        <translation>Must contain the number placeholder %1</translation>
    </message>
    <message>
        <location filename="../../ui/admin/errors.py" line="24"/>
        <source>须包含年份占位符 %1（否则每年序号会重复）</source>
        <translation>Must contain the year placeholder %1 (otherwise numbers repeat every year)</translation>
    </message>
    <message>
        <location filename="../../ui/admin/errors.py" line="11"/>
        <source>没有可导入的日期</source>
        <translation>No dates to import</translation>
    </message>
    <message>
        <location filename="../../ui/documents/errors.py" line="7"/>
        <source>文件夹不存在（%1）</source>
        <translation>The folder does not exist (%1)</translation>
    </message>
    <message>
        <location filename="../../ui/documents/errors.py" line="8"/>
        <source>受送达人未书面同意电子送达，不能电子送达</source>
        <translation>The addressee has not consented in writing to electronic service; it cannot be served electronically</translation>
    </message>
    <message>
        <location filename="../../ui/documents/errors.py" line="9"/>
        <source>裁决书、调解协议书不得电子送达</source>
        <translation>Rulings and mediation agreements cannot be served electronically</translation>
    </message>
    <message>
        <location filename="../../ui/documents/errors.py" line="10"/>
        <source>调解协议书不得留置送达</source>
        <translation>A mediation agreement cannot be served by leaving it</translation>
    </message>
    <message>
        <location filename="../../ui/documents/errors.py" line="11"/>
        <source>内部文书无需送达</source>
        <translation>Internal documents need no service</translation>
    </message>
    <message>
        <location filename="../../ui/documents/errors.py" line="12"/>
        <source>不能早于文书签发日期（%1）</source>
        <translation>Cannot be earlier than the document&apos;s issue date (%1)</translation>
    </message>
    <message>
        <location filename="../../ui/documents/errors.py" line="16"/>
        <source>该文书执行已审批的决定，签发人为审批的部门负责人（%1），不能另选</source>
        <translation>This document carries out an approved decision; its signatory is the approving department head (%1) and cannot be changed</translation>
    </message>
    <message>
        <location filename="../../ui/documents/errors.py" line="17"/>
        <source>%1 不能作为签发人：签发人须为有审批权限的部门负责人</source>
        <translation>%1 cannot sign: the signatory must be a department head with approval authority</translation>
    </message>
    <message>
        <location filename="../../ui/documents/errors.py" line="18"/>
        <source>%1 的账户已停用，不能作为签发人</source>
        <translation>%1&apos;s account is deactivated and cannot sign</translation>
    </message>
    <message>
        <location filename="../../ui/documents/errors.py" line="19"/>
        <source>%1 不属于本案所属机关，不能作为签发人</source>
        <translation>%1 does not belong to this case&apos;s office and cannot sign it</translation>
    </message>
    <message>
        <location filename="../../ui/documents/errors.py" line="20"/>
        <source>“%1”为内部存档文书，没有签发人</source>
        <translation>&quot;%1&quot; is an internal file document and has no signatory</translation>
    </message>
    <message>
        <location filename="../../ui/documents/errors.py" line="33"/>
        <source>“%1”不是可用的字体文件</source>
        <translation>&quot;%1&quot; is not a usable font file</translation>
    </message>
    <message>
        <location filename="../../ui/documents/errors.py" line="34"/>
        <source>“%1”是 PostScript（CFF）轮廓的 OpenType 字体，PDF 无法嵌入；请选择该字体的 TrueType 版本（.ttf/.ttc）</source>
        <translation>&quot;%1&quot; is an OpenType font with PostScript (CFF) outlines, which a PDF cannot embed; choose the TrueType version of the font (.ttf/.ttc)</translation>
    </message>
    <message>
        <location filename="../../ui/documents/errors.py" line="36"/>
        <source>该字体缺少公文常用的汉字或标点：%1</source>
        <translation>This font lacks characters or punctuation that official documents use: %1</translation>
    </message>
    <message>
        <location filename="../../ui/common/errors.py" line="62"/>
        <source>文件无法读取（%1）</source>
        <translation>The file cannot be read (%1)</translation>
    </message>
    <message>
        <location filename="../../ui/common/errors.py" line="63"/>
        <source>找不到文件“%1”：它可能已被移动、改名或删除，请重新选择</source>
        <translation>File &quot;%1&quot; not found: it may have been moved, renamed or deleted; please choose it again</translation>
    </message>
    <message>
        <location filename="../../ui/common/errors.py" line="64"/>
        <source>文件类型不支持（可用 %1）</source>
        <translation>File type not supported (allowed: %1)</translation>
    </message>
    <message>
        <location filename="../../ui/documents/errors.py" line="13"/>
        <source>案件已归档，只能查阅，不能再签发文书或登记送达</source>
        <translation>The case is archived: it can only be read; no more documents can be issued or services recorded</translation>
    </message>
    <message>
        <location filename="../../ui/documents/errors.py" line="14"/>
        <source>%1 已经更正过；如需再次更正，请更正最新的文书</source>
        <translation>%1 has already been corrected; to correct it again, correct the latest document</translation>
    </message>
    <message>
        <location filename="../../ui/cases/errors.py" line="26"/>
        <source>案件当前状态下不能进行此操作</source>
        <translation>This action is not possible in the case&apos;s current state</translation>
    </message>
    <message>
        <location filename="../../ui/cases/errors.py" line="27"/>
        <source>案件已中止处理，恢复处理前不能进行此操作</source>
        <translation>The case is suspended; this action is not possible until handling resumes</translation>
    </message>
    <message>
        <location filename="../../ui/cases/errors.py" line="28"/>
        <source>案件未中止，无需恢复</source>
        <translation>The case is not suspended; nothing to resume</translation>
    </message>
    <message>
        <location filename="../../ui/cases/errors.py" line="29"/>
        <source>此事项已提交审批，尚待部门负责人决定</source>
        <translation>This matter has been submitted for approval and awaits the department head&apos;s decision</translation>
    </message>
    <message>
        <location filename="../../ui/cases/errors.py" line="30"/>
        <source>合议组尚未依法组成（见“合议组”页）</source>
        <translation>The panel has not been lawfully composed (see the Panel page)</translation>
    </message>
    <message>
        <location filename="../../ui/cases/errors.py" line="31"/>
        <source>尚未向全部被请求人送达请求书副本，答辩期未开始</source>
        <translation>The request has not yet been served on every respondent; the answer period has not started</translation>
    </message>
    <message>
        <location filename="../../ui/cases/errors.py" line="33"/>
        <source>立案审查期限已延长过一次</source>
        <translation>The registration review period has already been extended once</translation>
    </message>
    <message>
        <location filename="../../ui/cases/errors.py" line="35"/>
        <source>中止请使用“中止处理”</source>
        <translation>To suspend, use &quot;Suspend handling&quot;</translation>
    </message>
    <message>
        <location filename="../../ui/cases/errors.py" line="36"/>
        <source>该类不计入期间已经开始，尚未结束</source>
        <translation>A period of this kind has started and not yet ended</translation>
    </message>
    <message>
        <location filename="../../ui/cases/errors.py" line="37"/>
        <source>没有正在进行的不计入期间</source>
        <translation>No period not counted is running</translation>
    </message>
    <message>
        <location filename="../../ui/cases/errors.py" line="38"/>
        <source>该类不计入期间没有开始</source>
        <translation>No period of this kind has started</translation>
    </message>
    <message>
        <location filename="../../ui/cases/errors.py" line="39"/>
        <source>该鉴定期间随鉴定委托登记：请在“证据”页登记收到鉴定意见的日期</source>
        <translation>This appraisal period follows the appraisal commission: record the date the expert opinion was received on the Evidence page</translation>
    </message>
    <message>
        <location filename="../../ui/cases/errors.py" line="40"/>
        <source>书面审理作出不利裁决前，须告知被请求人事实、理由和证据并给予陈述期间</source>
        <translation>Before an unfavourable ruling on written examination, the respondent must be told the facts, reasons and evidence and given time to state its views</translation>
    </message>
    <message>
        <location filename="../../ui/cases/errors.py" line="44"/>
        <source>案件已立案，请求信息不能再修改</source>
        <translation>The case is registered; the request details can no longer change</translation>
    </message>
    <message>
        <location filename="../../ui/documents/errors.py" line="24"/>
        <source>已登记签收，不能重复登记</source>
        <translation>Receipt already recorded; cannot be recorded twice</translation>
    </message>
    <message>
        <location filename="../../ui/cases/errors.py" line="45"/>
        <source>此事项须经审批</source>
        <translation>This matter needs approval</translation>
    </message>
    <message>
        <location filename="../../ui/documents/errors.py" line="25"/>
        <source>案件当前阶段不能制作该文书</source>
        <translation>This document cannot be drafted at the case&apos;s current stage</translation>
    </message>
    <message>
        <location filename="../../ui/documents/errors.py" line="26"/>
        <source>该文书由失信名单的相应步骤（认定、列入、移出、信用修复）制作</source>
        <translation>This document is made by its credit-list step (identification, listing, removal, credit repair)</translation>
    </message>
    <message>
        <location filename="../../ui/documents/errors.py" line="27"/>
        <source>结案审批尚未批准：行政裁决书只能预览草稿（可附于结案审批表），批准后方可编号签发</source>
        <translation>Closing not yet approved: the ruling can only be previewed as a draft (it may be attached to the closing approval form); it is numbered and issued after approval</translation>
    </message>
    <message>
        <location filename="../../ui/documents/errors.py" line="29"/>
        <source>专利权评价报告仅针对实用新型和外观设计专利（专利法第六十六条），发明专利案件不能制作该通知书</source>
        <translation>A patent evaluation report exists only for utility models and designs (Patent Law art. 66); an invention case cannot have this notice</translation>
    </message>
    <message>
        <location filename="../../ui/documents/errors.py" line="31"/>
        <source>该字体文件无法嵌入PDF（须为TrueType字体）</source>
        <translation>This font file cannot be embedded in a PDF (it must be a TrueType font)</translation>
    </message>
    <message>
        <location filename="../../ui/cases/errors.py" line="11"/>
        <source>不能早于申请日（%1）</source>
        <translation>Cannot be earlier than the filing date (%1)</translation>
    </message>
    <message>
        <location filename="../../ui/cases/errors.py" line="12"/>
        <source>不能晚于收到请求书的日期（%1）</source>
        <translation>Cannot be later than the date the request was received (%1)</translation>
    </message>
    <message>
        <location filename="../../ui/cases/errors.py" line="14"/>
        <source>不能早于 %1（专利法施行之日）</source>
        <translation>Cannot be earlier than %1 (when the Patent Law took effect)</translation>
    </message>
    <message>
        <location filename="../../ui/cases/errors.py" line="15"/>
        <source>与专利号不符（按专利号，申请日应在 %1 年）</source>
        <translation>Does not match the patent number (by the patent number, the filing date should be in %1)</translation>
    </message>
    <message>
        <location filename="../../ui/cases/errors.py" line="17"/>
        <source>外观设计专利权不因“使用”行为受到侵犯，不能请求认定使用行为（专利法第十一条）</source>
        <translation>A design patent cannot be infringed by &quot;use&quot;; use cannot be asserted (Patent Law art. 11)</translation>
    </message>
    <message>
        <location filename="../../ui/cases/errors.py" line="20"/>
        <source>该当事人已有一项更正尚待部门负责人审批</source>
        <translation>A correction for this party already awaits the department head&apos;s approval</translation>
    </message>
    <message>
        <location filename="../../ui/cases/errors.py" line="21"/>
        <source>与现有信息相同，没有需要更正的内容</source>
        <translation>Same as the existing information; nothing to correct</translation>
    </message>
    <message>
        <location filename="../../ui/cases/errors.py" line="32"/>
        <source>答辩期尚未届满（被请求人可答辩至 %1）</source>
        <translation>The answer period has not ended (the respondent may answer until %1)</translation>
    </message>
    <message>
        <location filename="../../ui/cases/errors.py" line="41"/>
        <source>立案日期不能早于收到请求书的日期（%1）</source>
        <translation>The registration date cannot be earlier than the date the request was received (%1)</translation>
    </message>
    <message>
        <location filename="../../ui/cases/errors.py" line="42"/>
        <source>口审日期不能早于排定的口审日期（%1）</source>
        <translation>The hearing date cannot be earlier than the scheduled hearing date (%1)</translation>
    </message>
    <message>
        <location filename="../../ui/cases/errors.py" line="43"/>
        <source>结案日期不能早于立案日期（%1）</source>
        <translation>The closing date cannot be earlier than the registration date (%1)</translation>
    </message>
    <message>
        <location filename="../../ui/cases/errors.py" line="47"/>
        <source>尚未签发%1，请先在文书中签发</source>
        <translation>%1 has not been issued yet; issue it under Documents first</translation>
    </message>
    <message>
        <location filename="../../ui/cases/errors.py" line="48"/>
        <source>案件尚未立案：请直接修改请求书</source>
        <translation>The case is not registered yet: edit the request directly</translation>
    </message>
    <message>
        <location filename="../../ui/cases/errors.py" line="50"/>
        <source>未向当事人送达口头审理通知书（应最迟于 %1 送达）：缺席审理或按撤回请求处理须以书面通知为前提（办法第二十六条）</source>
        <translation>The notice of oral hearing was not served on the party (it must be served by %1): default hearing or treating the request as withdrawn presupposes written notice (Measures art. 26)</translation>
    </message>
    <message>
        <location filename="../../ui/cases/errors.py" line="52"/>
        <source>口头审理通知书送达晚于 %1（须在口头审理三个工作日前送达）：不能据此缺席审理或按撤回请求处理（办法第二十六条）</source>
        <translation>The hearing notice was served after %1 (it must be served three working days before the hearing): absence cannot be treated as default or as withdrawal on this basis (Measures art. 26)</translation>
    </message>
    <message>
        <location filename="../../ui/cases/errors.py" line="54"/>
        <source>该中止事由仅适用于实用新型和外观设计专利（专利法实施细则第九十八条、办法第二十八条）；发明专利的无效宣告请求不是必须中止的事由</source>
        <translation>This ground for suspension applies only to utility models and designs (Implementing Regulations art. 98, Measures art. 28); a request to invalidate an invention patent is not a mandatory ground for suspension</translation>
    </message>
    <message>
        <location filename="../../ui/cases/errors.py" line="61"/>
        <source>须指定一名合议组长</source>
        <translation>A presiding member must be appointed</translation>
    </message>
    <message>
        <location filename="../../ui/cases/errors.py" line="62"/>
        <source>合议组长只能有一名</source>
        <translation>There can be only one presiding member</translation>
    </message>
    <message>
        <location filename="../../ui/cases/errors.py" line="63"/>
        <source>合议组成员（组长和审理员）至少三人</source>
        <translation>The panel (presiding member and examiners) needs at least three members</translation>
    </message>
    <message>
        <location filename="../../ui/cases/errors.py" line="64"/>
        <source>合议组成员（组长和审理员）须为单数</source>
        <translation>The panel (presiding member and examiners) must have an odd number of members</translation>
    </message>
    <message>
        <location filename="../../ui/cases/errors.py" line="65"/>
        <source>须指定一名书记员</source>
        <translation>A clerk must be appointed</translation>
    </message>
    <message>
        <location filename="../../ui/cases/errors.py" line="66"/>
        <source>书记员只能有一名</source>
        <translation>There can be only one clerk</translation>
    </message>
    <message>
        <location filename="../../ui/cases/errors.py" line="67"/>
        <source>技术调查官只能有一名</source>
        <translation>There can be only one technical investigator</translation>
    </message>
    <message>
        <location filename="../../ui/cases/errors.py" line="68"/>
        <source>同一人不能在合议组中担任两个职务</source>
        <translation>One person cannot hold two roles on the panel</translation>
    </message>
    <message>
        <location filename="../../ui/common/errors.py" line="69"/>
        <source>案件</source>
        <translation>Cases</translation>
    </message>
    <message>
        <location filename="../../ui/common/errors.py" line="70"/>
        <source>用户</source>
        <translation>Users</translation>
    </message>
    <message>
        <location filename="../../ui/cases/errors.py" line="72"/>
        <source>审批事项</source>
        <translation>Matter for approval</translation>
    </message>
    <message>
        <location filename="../../ui/admin/errors.py" line="29"/>
        <source>机关</source>
        <translation>Office</translation>
    </message>
    <message>
        <location filename="../../ui/admin/errors.py" line="30"/>
        <source>节假日年份</source>
        <translation>Holiday year</translation>
    </message>
    <message>
        <location filename="../../ui/common/errors.py" line="71"/>
        <source>当事人</source>
        <translation>Party</translation>
    </message>
    <message>
        <location filename="../../ui/documents/errors.py" line="40"/>
        <source>文书</source>
        <translation>Documents</translation>
    </message>
    <message>
        <location filename="../../ui/documents/errors.py" line="41"/>
        <source>送达记录</source>
        <translation>Service records</translation>
    </message>
    <message>
        <location filename="../../ui/documents/errors.py" line="42"/>
        <source>回证扫描件</source>
        <translation>Scanned proof of service</translation>
    </message>
    <message>
        <location filename="../../ui/documents/errors.py" line="43"/>
        <source>文书类型</source>
        <translation>Document type</translation>
    </message>
    <message>
        <location filename="../../ui/intake/errors.py" line="7"/>
        <source>只有投诉举报和咨询可以匿名</source>
        <translation>Only complaints, reports and enquiries can be anonymous</translation>
    </message>
    <message>
        <location filename="../../ui/intake/errors.py" line="8"/>
        <source>实名举报须留下电话或地址，以便告知处理结果</source>
        <translation>A named report needs a telephone or address so the reporter can be told the outcome</translation>
    </message>
    <message>
        <location filename="../../ui/intake/errors.py" line="9"/>
        <source>不能早于 %1</source>
        <translation>Cannot be earlier than %1</translation>
    </message>
    <message>
        <location filename="../../ui/intake/errors.py" line="10"/>
        <source>须晚于告知日期（%1）</source>
        <translation>Must be later than the date informed (%1)</translation>
    </message>
    <message>
        <location filename="../../ui/intake/errors.py" line="11"/>
        <source>已转为处理请求，事项类型不能再改</source>
        <translation>Already converted to a request for handling; the matter type can no longer change</translation>
    </message>
    <message>
        <location filename="../../ui/common/errors.py" line="65"/>
        <source>文件过大（不超过 %1）</source>
        <translation>File too large (at most %1)</translation>
    </message>
    <message>
        <location filename="../../ui/intake/errors.py" line="15"/>
        <source>该事项已处理完毕</source>
        <translation>This matter has been dealt with</translation>
    </message>
    <message>
        <location filename="../../ui/intake/errors.py" line="16"/>
        <source>此类事项不能这样处理</source>
        <translation>This kind of matter cannot be handled this way</translation>
    </message>
    <message>
        <location filename="../../ui/intake/errors.py" line="17"/>
        <source>补正只能一次性告知，已经告知过</source>
        <translation>A notice to complete can be given only once, and it has already been given</translation>
    </message>
    <message>
        <location filename="../../ui/intake/errors.py" line="18"/>
        <source>正在等待补正材料：收到补正材料前只能不予受理或办结</source>
        <translation>Waiting for completing materials: until they arrive the only options are non-acceptance or concluding</translation>
    </message>
    <message>
        <location filename="../../ui/intake/errors.py" line="19"/>
        <source>投诉须先转为正式的处理请求（收到请求书）才能登记为裁决案件</source>
        <translation>A complaint must first become a formal request for handling (request received) before it can be registered as an adjudication case</translation>
    </message>
    <message>
        <location filename="../../ui/intake/errors.py" line="21"/>
        <source>该事项没有在等待补正</source>
        <translation>This matter is not waiting for completion</translation>
    </message>
    <message>
        <location filename="../../ui/intake/errors.py" line="22"/>
        <source>没有需要告知的实名举报人，或尚未作出处理决定</source>
        <translation>There is no named reporter to inform, or no decision has been made yet</translation>
    </message>
    <message>
        <location filename="../../ui/intake/errors.py" line="23"/>
        <source>已经告知过举报人</source>
        <translation>The reporter has already been informed</translation>
    </message>
    <message>
        <location filename="../../ui/intake/errors.py" line="27"/>
        <source>收案登记事项</source>
        <translation>Intake entries</translation>
    </message>
    <message>
        <location filename="../../ui/common/errors.py" line="72"/>
        <source>附件</source>
        <translation>Attachments</translation>
    </message>
    <message>
        <location filename="../../ui/hearings/errors.py" line="7"/>
        <source>只能续行本案已休庭的口审</source>
        <translation>Only an adjourned hearing of this case can be continued</translation>
    </message>
    <message>
        <location filename="../../ui/hearings/errors.py" line="11"/>
        <source>本案已有排定的口审，请使用“变更口审安排”</source>
        <translation>This case already has a scheduled hearing; use &quot;Change the hearing arrangements&quot;</translation>
    </message>
    <message>
        <location filename="../../ui/hearings/errors.py" line="12"/>
        <source>该次口审已经结束，不能再变更</source>
        <translation>This hearing has ended and can no longer be changed</translation>
    </message>
    <message>
        <location filename="../../ui/hearings/errors.py" line="20"/>
        <source>口审</source>
        <translation>Hearing</translation>
    </message>
    <message>
        <location filename="../../ui/hearings/errors.py" line="21"/>
        <source>口审庭</source>
        <translation>Hearing room</translation>
    </message>
    <message>
        <location filename="../../ui/hearings/errors.py" line="22"/>
        <source>延期申请</source>
        <translation>Postponement request</translation>
    </message>
    <message>
        <location filename="../../ui/evidence/errors.py" line="7"/>
        <source>调查、检查须由至少 %1 名执法人员进行</source>
        <translation>Investigations and inspections need at least %1 enforcement officers</translation>
    </message>
    <message>
        <location filename="../../ui/evidence/errors.py" line="8"/>
        <source>举证期限已于 %1 届满，期满后不能再申请延长</source>
        <translation>The time limit for evidence expired on %1; no extension can be requested after it expires</translation>
    </message>
    <message>
        <location filename="../../ui/evidence/errors.py" line="12"/>
        <source>本案合议组没有技术调查官（见“合议组”页）</source>
        <translation>This case&apos;s panel has no technical investigator (see the Panel page)</translation>
    </message>
    <message>
        <location filename="../../ui/evidence/errors.py" line="13"/>
        <source>该当事人的举证期限尚未开始（通知书尚未送达）</source>
        <translation>This party&apos;s time limit for evidence has not started (the notice has not been served)</translation>
    </message>
    <message>
        <location filename="../../ui/evidence/errors.py" line="14"/>
        <source>已对登记保存的证据作出处理决定</source>
        <translation>The evidence registered for preservation has been decided on</translation>
    </message>
    <message>
        <location filename="../../ui/evidence/errors.py" line="15"/>
        <source>已收到鉴定意见</source>
        <translation>Expert opinion received</translation>
    </message>
    <message>
        <location filename="../../ui/evidence/errors.py" line="19"/>
        <source>证据</source>
        <translation>Evidence</translation>
    </message>
    <message>
        <location filename="../../ui/evidence/errors.py" line="20"/>
        <source>证据文件</source>
        <translation>Evidence files</translation>
    </message>
    <message>
        <location filename="../../ui/evidence/errors.py" line="21"/>
        <source>调查取证记录</source>
        <translation>Investigation records</translation>
    </message>
    <message>
        <location filename="../../ui/evidence/errors.py" line="22"/>
        <source>登记保存记录</source>
        <translation>Record of registration for preservation</translation>
    </message>
    <message>
        <location filename="../../ui/evidence/errors.py" line="23"/>
        <source>技术鉴定</source>
        <translation>Technical appraisal</translation>
    </message>
    <message>
        <location filename="../../ui/mediation/errors.py" line="7"/>
        <source>金额须为不小于零、最多两位小数的数字</source>
        <translation>The amount must be a number not below zero with at most two decimals</translation>
    </message>
    <message>
        <location filename="../../ui/mediation/errors.py" line="8"/>
        <source>各期金额之和须等于赔偿数额（%1 元）</source>
        <translation>The instalments must add up to the damages (CNY %1)</translation>
    </message>
    <message>
        <location filename="../../ui/mediation/errors.py" line="9"/>
        <source>两期不能在同一天到期</source>
        <translation>Two instalments cannot fall due on the same day</translation>
    </message>
    <message>
        <location filename="../../ui/mediation/errors.py" line="22"/>
        <source>协议至少须约定一项内容（停止侵权、销毁撤回、赔偿或其他条款）</source>
        <translation>The agreement must settle at least one point (stopping the infringement, destruction or withdrawal, damages or other terms)</translation>
    </message>
    <message>
        <location filename="../../ui/mediation/errors.py" line="10"/>
        <source>请求人和被请求人双方都须有签署人</source>
        <translation>Both the requester and the respondent side need a signatory</translation>
    </message>
    <message>
        <location filename="../../ui/mediation/errors.py" line="17"/>
        <source>已于 %1 签署</source>
        <translation>Signed on %1</translation>
    </message>
    <message>
        <location filename="../../ui/mediation/errors.py" line="18"/>
        <source>不能早于协议拟定日期（%1）</source>
        <translation>Cannot be earlier than the agreement&apos;s drafting date (%1)</translation>
    </message>
    <message>
        <location filename="../../ui/mediation/errors.py" line="19"/>
        <source>不能早于协议生效日期（%1）</source>
        <translation>Cannot be earlier than the agreement&apos;s effective date (%1)</translation>
    </message>
    <message>
        <location filename="../../ui/mediation/errors.py" line="20"/>
        <source>已超过申请司法确认的三十日期限（%1 届满）</source>
        <translation>The 30-day period to apply for judicial confirmation has passed (expired %1)</translation>
    </message>
    <message>
        <location filename="../../ui/mediation/errors.py" line="21"/>
        <source>不能早于申请日期（%1）</source>
        <translation>Cannot be earlier than the application date (%1)</translation>
    </message>
    <message>
        <location filename="../../ui/mediation/errors.py" line="31"/>
        <source>已有一份待签署或已生效的调解协议</source>
        <translation>A mediation agreement awaiting signature or in force already exists</translation>
    </message>
    <message>
        <location filename="../../ui/mediation/errors.py" line="32"/>
        <source>已有当事人签署，协议条款不能再修改；如需变更，请登记当事人反悔后重新拟定</source>
        <translation>A party has signed: the terms can no longer be changed; to change them, record that a party reneged and draft again</translation>
    </message>
    <message>
        <location filename="../../ui/mediation/errors.py" line="33"/>
        <source>协议已由各方签署生效</source>
        <translation>The agreement has been signed by all parties and is in force</translation>
    </message>
    <message>
        <location filename="../../ui/mediation/errors.py" line="34"/>
        <source>协议已因当事人反悔而作废</source>
        <translation>The agreement is void because a party reneged</translation>
    </message>
    <message>
        <location filename="../../ui/mediation/errors.py" line="35"/>
        <source>协议尚未由各方签署生效</source>
        <translation>The agreement has not yet been signed by all parties</translation>
    </message>
    <message>
        <location filename="../../ui/mediation/errors.py" line="36"/>
        <source>调解案件按其自身流程结案</source>
        <translation>A mediation case closes by its own procedure</translation>
    </message>
    <message>
        <location filename="../../ui/mediation/errors.py" line="57"/>
        <source>调解协议</source>
        <translation>Mediation agreement</translation>
    </message>
    <message>
        <location filename="../../ui/mediation/errors.py" line="58"/>
        <source>分期履行记录</source>
        <translation>Instalment payments</translation>
    </message>
    <message>
        <location filename="../../ui/mediation/errors.py" line="23"/>
        <source>请求调解侵权赔偿数额的，须选择本局认定侵权成立的裁决，或填写已作出的裁决书/判决书文号</source>
        <translation>A request to mediate damages needs a ruling of this office finding infringement, or the number of a ruling or judgment already made</translation>
    </message>
    <message>
        <location filename="../../ui/mediation/errors.py" line="12"/>
        <source>调解协议须经每一方当事人（或其委托代理人）签名或者盖章方能生效，尚无签署人：%1</source>
        <translation>A mediation agreement takes effect only when signed or sealed by every party (or its authorised agent); not yet signed by: %1</translation>
    </message>
    <message>
        <location filename="../../ui/mediation/errors.py" line="14"/>
        <source>“%1”不是本案当事人，不能作为调解协议的签署人</source>
        <translation>&quot;%1&quot; is not a party to this case and cannot sign the mediation agreement</translation>
    </message>
    <message>
        <location filename="../../ui/mediation/errors.py" line="15"/>
        <source>所选代理人不是%1的委托代理人</source>
        <translation>The selected agent is not an authorised agent of %1</translation>
    </message>
    <message>
        <location filename="../../ui/mediation/errors.py" line="16"/>
        <source>%1 只能签署一次</source>
        <translation>%1 can sign only once</translation>
    </message>
    <message>
        <location filename="../../ui/mediation/errors.py" line="25"/>
        <source>须附上该裁决书/判决书的副本</source>
        <translation>Attach a copy of that ruling/judgment</translation>
    </message>
    <message>
        <location filename="../../ui/mediation/errors.py" line="26"/>
        <source>所选案件不是认定侵权成立的裁决</source>
        <translation>The selected case is not a ruling finding infringement</translation>
    </message>
    <message>
        <location filename="../../ui/mediation/errors.py" line="27"/>
        <source>临时保护期使用费纠纷须在专利授权后请求调解（请求日 %1）</source>
        <translation>A provisional protection fee dispute can only be mediated after the patent is granted (request date %1)</translation>
    </message>
    <message>
        <location filename="../../ui/mediation/errors.py" line="37"/>
        <source>侵权赔偿数额调解须有认定侵权成立的裁决或判决</source>
        <translation>Mediation of damages requires a ruling or judgment finding infringement</translation>
    </message>
    <message>
        <location filename="../../ui/mediation/errors.py" line="38"/>
        <source>临时保护期使用费纠纷只能在专利授权后调解</source>
        <translation>A provisional protection fee dispute can be mediated only after grant</translation>
    </message>
    <message>
        <location filename="../../ui/mediation/errors.py" line="39"/>
        <source>尚未收到被请求人的意见陈述书</source>
        <translation>The respondent&apos;s statement of opinion has not been received</translation>
    </message>
    <message>
        <location filename="../../ui/mediation/errors.py" line="40"/>
        <source>被请求人不同意调解，不能立案</source>
        <translation>The respondent does not agree to mediation; the case cannot be registered</translation>
    </message>
    <message>
        <location filename="../../ui/mediation/errors.py" line="41"/>
        <source>被请求人同意调解，应当立案</source>
        <translation>The respondent agrees to mediation; the case must be registered</translation>
    </message>
    <message>
        <location filename="../../ui/mediation/errors.py" line="42"/>
        <source>意见陈述期限尚未届满</source>
        <translation>The period for stating opinions has not yet ended</translation>
    </message>
    <message>
        <location filename="../../ui/mediation/errors.py" line="43"/>
        <source>已登记过被请求人的意见陈述书</source>
        <translation>The respondent&apos;s statement of opinion is already recorded</translation>
    </message>
    <message>
        <location filename="../../ui/mediation/errors.py" line="44"/>
        <source>日期不能早于收到调解请求的日期</source>
        <translation>The date cannot be earlier than the date the mediation request was received</translation>
    </message>
    <message>
        <location filename="../../ui/mediation/errors.py" line="45"/>
        <source>尚无各方签署生效的调解协议（见“调解”页）</source>
        <translation>No mediation agreement signed by all parties yet (see the Mediation page)</translation>
    </message>
    <message>
        <location filename="../../ui/mediation/errors.py" line="46"/>
        <source>调解协议未经每一方当事人签署，不能据此结案；尚无签署人：%1（请重新拟定调解协议）</source>
        <translation>The mediation agreement has not been signed by every party and the case cannot be closed on it; not yet signed by: %1 (draft the agreement again)</translation>
    </message>
    <message>
        <location filename="../../ui/mediation/errors.py" line="48"/>
        <source>结案日期不能早于调解协议生效日期</source>
        <translation>The closing date cannot be earlier than the date the mediation agreement took effect</translation>
    </message>
    <message>
        <location filename="../../ui/mediation/errors.py" line="49"/>
        <source>只适用于专利申请权、专利权权属纠纷</source>
        <translation>Applies only to disputes over ownership of a patent application or patent</translation>
    </message>
    <message>
        <location filename="../../ui/mediation/errors.py" line="50"/>
        <source>调解期限已经延长过一次</source>
        <translation>The mediation period has already been extended once</translation>
    </message>
    <message>
        <location filename="../../ui/mediation/errors.py" line="51"/>
        <source>已登记抄送国家知识产权局</source>
        <translation>Copy to CNIPA recorded</translation>
    </message>
    <message>
        <location filename="../../ui/mediation/errors.py" line="52"/>
        <source>抄送日期不能早于结案日期</source>
        <translation>The copy date cannot be earlier than the closing date</translation>
    </message>
    <message>
        <location filename="../../ui/mediation/errors.py" line="53"/>
        <source>没有待审批的延长申请</source>
        <translation>No extension requests awaiting approval</translation>
    </message>
    <message>
        <location filename="../../ui/mediation/errors.py" line="59"/>
        <source>调解案件</source>
        <translation>Mediation cases</translation>
    </message>
    <message>
        <location filename="../../ui/mediation/errors.py" line="60"/>
        <source>调解员</source>
        <translation>Mediator</translation>
    </message>
    <message>
        <location filename="../../ui/recusal/errors.py" line="7"/>
        <source>该人员不是本案合议组中相应身份的成员</source>
        <translation>This person is not a member of this case&apos;s panel in that role</translation>
    </message>
    <message>
        <location filename="../../ui/recusal/errors.py" line="8"/>
        <source>不能晚于申请收到日期</source>
        <translation>Cannot be later than the date the application was received</translation>
    </message>
    <message>
        <location filename="../../ui/recusal/errors.py" line="9"/>
        <source>对%1的回避申请尚待决定，不能重复申请</source>
        <translation>A recusal application against %1 is pending; it cannot be made again</translation>
    </message>
    <message>
        <location filename="../../ui/recusal/errors.py" line="10"/>
        <source>已超过申请回避的期限（知道名单之日起三个工作日，至 %1 届满；决定口审的，最迟在口审开始时提出；口审开始后才知道的事由，须在口审终结前提出）</source>
        <translation>The time limit for a recusal application has passed (three working days from learning the names, expired %1; if a hearing is held, at the latest when it begins; for grounds learned after the hearing began, before it ends)</translation>
    </message>
    <message>
        <location filename="../../ui/recusal/errors.py" line="13"/>
        <source>不能由被申请回避的人员本人接替</source>
        <translation>The person challenged cannot replace themselves</translation>
    </message>
    <message>
        <location filename="../../ui/hearings/errors.py" line="13"/>
        <source>口审笔录已结束，不能再修改</source>
        <translation>The hearing record is closed and can no longer be changed</translation>
    </message>
    <message>
        <location filename="../../ui/hearings/errors.py" line="14"/>
        <source>请求人方无人到庭：请确认是否按撤回请求处理，或以休庭结束本次口审</source>
        <translation>Nobody is present for the requester: confirm whether to treat the request as withdrawn, or end this hearing by adjourning</translation>
    </message>
    <message>
        <location filename="../../ui/hearings/errors.py" line="16"/>
        <source>请求人方已有人到庭，不能按撤回处理</source>
        <translation>Someone is present for the requester; it cannot be treated as withdrawn</translation>
    </message>
    <message>
        <location filename="../../ui/recusal/errors.py" line="17"/>
        <source>回避申请</source>
        <translation>Recusal application</translation>
    </message>
    <message>
        <location filename="../../ui/hearings/errors.py" line="23"/>
        <source>口审笔录</source>
        <translation>Hearing record</translation>
    </message>
    <message>
        <location filename="../../ui/publication/errors.py" line="7"/>
        <source>未隐去任何内容：请再次确认按原文公开</source>
        <translation>Nothing masked: confirm again to publish as it is</translation>
    </message>
    <message>
        <location filename="../../ui/publication/errors.py" line="8"/>
        <source>本案已有待批准的公开版本，请先审批或退回</source>
        <translation>This case already has a version awaiting approval: approve or return it first</translation>
    </message>
    <message>
        <location filename="../../ui/publication/errors.py" line="9"/>
        <source>本案已公开第%1版：新版本须更正并替代最新公开的版本</source>
        <translation>Version %1 of this case is published: a new version must correct and replace the latest published one</translation>
    </message>
    <message>
        <location filename="../../ui/publication/errors.py" line="10"/>
        <source>报请后已有新的公开版本（第%1版），请重新编辑</source>
        <translation>A newer published version (%1) exists since this was submitted; edit again</translation>
    </message>
    <message>
        <location filename="../../ui/publication/errors.py" line="11"/>
        <source>公开文本中仍有应隐去的内容：%1</source>
        <translation>The published text still holds content to be masked: %1</translation>
    </message>
    <message>
        <location filename="../../ui/publication/errors.py" line="12"/>
        <source>隐去的原文不能为空</source>
        <translation>The text to mask cannot be empty</translation>
    </message>
    <message>
        <location filename="../../ui/publication/errors.py" line="13"/>
        <source>替换文字中仍含原文“%1”</source>
        <translation>The replacement still contains the original &quot;%1&quot;</translation>
    </message>
    <message>
        <location filename="../../ui/publication/errors.py" line="14"/>
        <source>“%1”有两种不同的替换文字，同一内容须一律替换</source>
        <translation>&quot;%1&quot; has two different replacements; the same text must be replaced the same way everywhere</translation>
    </message>
    <message>
        <location filename="../../ui/publication/errors.py" line="15"/>
        <source>该案件未被标记为典型案例</source>
        <translation>This case is not marked as typical</translation>
    </message>
    <message>
        <location filename="../../ui/publication/errors.py" line="16"/>
        <source>不能早于裁决日期（%1）</source>
        <translation>Cannot be earlier than the ruling date (%1)</translation>
    </message>
    <message>
        <location filename="../../ui/publication/errors.py" line="17"/>
        <source>“%1”不是金额（例如 50万元、500000元）</source>
        <translation>&quot;%1&quot; is not an amount (e.g. 50万元, 500000元)</translation>
    </message>
    <message>
        <location filename="../../ui/publication/errors.py" line="21"/>
        <source>案件未以行政裁决结案，没有可公开的裁决书</source>
        <translation>The case was not closed by an administrative ruling; there is no ruling to publish</translation>
    </message>
    <message>
        <location filename="../../ui/publication/errors.py" line="22"/>
        <source>裁决书尚未制发，请先在“文书”中制发裁决书</source>
        <translation>The ruling has not been issued; issue it under &quot;Documents&quot; first</translation>
    </message>
    <message>
        <location filename="../../ui/publication/errors.py" line="23"/>
        <source>已公开的版本不能修改或删除；如需更正，请制作新的公开版本</source>
        <translation>A published version cannot be changed or deleted; to correct it, make a new published version</translation>
    </message>
    <message>
        <location filename="../../ui/publication/errors.py" line="24"/>
        <source>只有已结案的案件才能标记为典型案例</source>
        <translation>Only closed cases can be marked as typical</translation>
    </message>
    <message>
        <location filename="../../ui/publication/errors.py" line="28"/>
        <source>公开版本</source>
        <translation>Published versions</translation>
    </message>
    <message>
        <location filename="../../ui/publication/errors.py" line="29"/>
        <source>不予公开申请</source>
        <translation>Confidentiality requests</translation>
    </message>
    <message>
        <location filename="../../ui/credit/errors.py" line="7"/>
        <source>该执行环节已记录</source>
        <translation>This enforcement step is already recorded</translation>
    </message>
    <message>
        <location filename="../../ui/credit/errors.py" line="8"/>
        <source>执行已结束（已起诉、已申请强制执行或已履行）</source>
        <translation>Enforcement has ended (suit filed, enforcement applied for, or complied with)</translation>
    </message>
    <message>
        <location filename="../../ui/credit/errors.py" line="9"/>
        <source>日期早于上一环节</source>
        <translation>The date is earlier than the previous step</translation>
    </message>
    <message>
        <location filename="../../ui/credit/errors.py" line="10"/>
        <source>裁决书尚未送达全部当事人</source>
        <translation>The ruling has not been served on every party</translation>
    </message>
    <message>
        <location filename="../../ui/credit/errors.py" line="11"/>
        <source>起诉期限尚未届满</source>
        <translation>The suit period has not ended</translation>
    </message>
    <message>
        <location filename="../../ui/credit/errors.py" line="12"/>
        <source>催告书送达后十日尚未届满（行政强制法第五十四条）</source>
        <translation>Ten days have not passed since the demand letter was served (Administrative Coercion Law art. 54)</translation>
    </message>
    <message>
        <location filename="../../ui/credit/errors.py" line="13"/>
        <source>本案不是认定侵权成立的行政裁决</source>
        <translation>This case is not an administrative ruling finding infringement</translation>
    </message>
    <message>
        <location filename="../../ui/credit/errors.py" line="14"/>
        <source>请先记录起诉期限届满未起诉</source>
        <translation>First record that the suit period ended without a suit</translation>
    </message>
    <message>
        <location filename="../../ui/credit/errors.py" line="15"/>
        <source>请先记录当事人未履行裁决</source>
        <translation>First record that the party has not complied with the ruling</translation>
    </message>
    <message>
        <location filename="../../ui/credit/errors.py" line="16"/>
        <source>申请强制执行前须先送达催告书</source>
        <translation>A demand letter must be served before applying for enforcement</translation>
    </message>
    <message>
        <location filename="../../ui/credit/errors.py" line="17"/>
        <source>本案未记录当事人不履行裁决</source>
        <translation>This case has no record of a party not complying with the ruling</translation>
    </message>
    <message>
        <location filename="../../ui/credit/errors.py" line="18"/>
        <source>该当事人已因同一行为被认定</source>
        <translation>This party has already been identified for the same conduct</translation>
    </message>
    <message>
        <location filename="../../ui/credit/errors.py" line="19"/>
        <source>名单当前状态下不能进行此步骤</source>
        <translation>This step is not possible in the listing&apos;s current state</translation>
    </message>
    <message>
        <location filename="../../ui/credit/errors.py" line="20"/>
        <source>告知书尚未送达当事人</source>
        <translation>The notice has not been served on the party</translation>
    </message>
    <message>
        <location filename="../../ui/credit/errors.py" line="21"/>
        <source>当事人陈述申辩期限尚未届满</source>
        <translation>The party&apos;s period to state its views has not ended</translation>
    </message>
    <message>
        <location filename="../../ui/credit/errors.py" line="22"/>
        <source>列入期限尚未届满</source>
        <translation>The listing period has not ended</translation>
    </message>
    <message>
        <location filename="../../ui/credit/errors.py" line="23"/>
        <source>列入时间未满可申请信用修复的期限</source>
        <translation>The party has not been listed long enough to apply for credit repair</translation>
    </message>
    <message>
        <location filename="../../ui/credit/errors.py" line="24"/>
        <source>日期早于告知书送达日期</source>
        <translation>The date is earlier than the date the notice was served</translation>
    </message>
    <message>
        <location filename="../../ui/credit/errors.py" line="25"/>
        <source>日期早于列入日期</source>
        <translation>The date is earlier than the listing date</translation>
    </message>
    <message>
        <location filename="../../ui/credit/errors.py" line="29"/>
        <source>失信名单记录</source>
        <translation>Credit list record</translation>
    </message>
    <message>
        <location filename="../../ui/ledger/errors.py" line="9"/>
        <source>日期写法无法识别（%1），请写成 2025-03-04、2025.3.4 或 2025年3月4日</source>
        <translation>Date not recognised (%1); write it as 2025-03-04, 2025.3.4 or 2025年3月4日</translation>
    </message>
    <message>
        <location filename="../../ui/ledger/errors.py" line="10"/>
        <source>没有这一天（%1）</source>
        <translation>No such day (%1)</translation>
    </message>
    <message>
        <location filename="../../ui/ledger/errors.py" line="11"/>
        <source>不能早于收到日期（%1）</source>
        <translation>Cannot be earlier than the date received (%1)</translation>
    </message>
    <message>
        <location filename="../../ui/ledger/errors.py" line="12"/>
        <source>已结案的案件须同时填写结案日期、结案方式和立案日期</source>
        <translation>A closed case needs its closing date, closing method and registration date</translation>
    </message>
    <message>
        <location filename="../../ui/ledger/errors.py" line="13"/>
        <source>已立案的案件须有案号（导入的案件保留原案号）</source>
        <translation>A registered case needs a case number (imported cases keep their original numbers)</translation>
    </message>
    <message>
        <location filename="../../ui/ledger/errors.py" line="14"/>
        <source>不予受理的请求没有立案日期</source>
        <translation>A request not accepted has no registration date</translation>
    </message>
    <message>
        <location filename="../../ui/ledger/errors.py" line="15"/>
        <source>无法识别的结案方式（%1），可写：调解结案、行政裁决：侵权成立、行政裁决：驳回请求、请求人撤回、移送、不予受理</source>
        <translation>Closing method not recognised (%1); allowed: 调解结案, 行政裁决：侵权成立, 行政裁决：驳回请求, 请求人撤回, 移送, 不予受理</translation>
    </message>
    <message>
        <location filename="../../ui/ledger/errors.py" line="17"/>
        <source>专利申请年（%1）晚于收到请求的日期</source>
        <translation>The patent&apos;s filing year (%1) is later than the date the request was received</translation>
    </message>
    <message>
        <location filename="../../ui/ledger/errors.py" line="18"/>
        <source>与台账第 %1 行重复</source>
        <translation>Duplicate of ledger row %1</translation>
    </message>
    <message>
        <location filename="../../ui/ledger/errors.py" line="19"/>
        <source>案号已被其他机关的案件使用（%1）</source>
        <translation>The case number is used by another office&apos;s case (%1)</translation>
    </message>
    <message>
        <location filename="../../ui/ledger/errors.py" line="20"/>
        <source>前 10 行中没有找到表头（如 案号、请求人、专利号）</source>
        <translation>No header row (e.g. 案号, 请求人, 专利号) found in the first 10 rows</translation>
    </message>
    <message>
        <location filename="../../ui/ledger/errors.py" line="21"/>
        <source>两列对应了同一个字段（%1）</source>
        <translation>Two columns map to the same field (%1)</translation>
    </message>
    <message>
        <location filename="../../ui/ledger/errors.py" line="22"/>
        <source>没有一列对应必需的字段（%1）</source>
        <translation>No column maps to the required field (%1)</translation>
    </message>
    <message>
        <location filename="../../ui/ledger/errors.py" line="23"/>
        <source>台账中没有这一列（%1）</source>
        <translation>The ledger has no such column (%1)</translation>
    </message>
    <message>
        <location filename="../../ui/ledger/errors.py" line="27"/>
        <source>导入后已在案件 %1 上办理了其他事项，不能整体撤销这次导入</source>
        <translation>Case %1 has been worked on since the import; this import can no longer be undone as a whole</translation>
    </message>
    <message>
        <location filename="../../ui/ledger/errors.py" line="28"/>
        <source>这次导入已经撤销</source>
        <translation>This import has already been undone</translation>
    </message>
    <message>
        <location filename="../../ui/ledger/errors.py" line="32"/>
        <source>导入记录</source>
        <translation>Imports</translation>
    </message>
    <message>
        <location filename="../../ui/satisfaction/errors.py" line="7"/>
        <source>案件尚未结案，结案后才能回访</source>
        <translation>The case is not closed; surveys come after closing</translation>
    </message>
    <message>
        <location filename="../../ui/satisfaction/errors.py" line="8"/>
        <source>该当事人已回访过</source>
        <translation>This party has already been surveyed</translation>
    </message>
    <message>
        <location filename="../../ui/satisfaction/errors.py" line="9"/>
        <source>回访日期早于结案日期</source>
        <translation>The survey date is earlier than the closing date</translation>
    </message>
    <message>
        <location filename="../../ui/sync/errors.py" line="17"/>
        <source>单位数据库中的记录在检出后已被他人修改</source>
        <translation>The record was changed at the office by someone else after check-out</translation>
    </message>
    <message>
        <location filename="../../ui/sync/errors.py" line="18"/>
        <source>外出办案已被结束，笔记本此后的操作须经单位处理</source>
        <translation>The field check-out was ended; the laptop&apos;s later operations need the office&apos;s decision</translation>
    </message>
    <message>
        <location filename="../../ui/sync/errors.py" line="19"/>
        <source>该记录不在本次外出办案之中（或已签入）</source>
        <translation>The record is not part of this check-out (or is already checked in)</translation>
    </message>
    <message>
        <location filename="../../ui/sync/errors.py" line="20"/>
        <source>同一记录此前的操作尚在冲突队列中</source>
        <translation>An earlier operation on the same record is still in the conflict queue</translation>
    </message>
    <message>
        <location filename="../../ui/sync/errors.py" line="21"/>
        <source>此操作依赖的另一操作尚在冲突队列中</source>
        <translation>An operation this one depends on is still in the conflict queue</translation>
    </message>
    <message>
        <location filename="../../ui/sync/errors.py" line="22"/>
        <source>该记录已检出到另一台笔记本</source>
        <translation>The record is checked out to another laptop</translation>
    </message>
    <message>
        <location filename="../../ui/sync/errors.py" line="23"/>
        <source>操作人的账户已停用或更改</source>
        <translation>The acting user&apos;s account is disabled or changed</translation>
    </message>
    <message>
        <location filename="../../ui/sync/errors.py" line="24"/>
        <source>操作人无权进行此操作</source>
        <translation>The user who acted may not do this</translation>
    </message>
    <message>
        <location filename="../../ui/sync/errors.py" line="25"/>
        <source>案件当前状态不允许此操作</source>
        <translation>The case&apos;s current state does not allow this</translation>
    </message>
    <message>
        <location filename="../../ui/sync/errors.py" line="26"/>
        <source>填写的内容不符合规则</source>
        <translation>The inputs break a rule</translation>
    </message>
    <message>
        <location filename="../../ui/sync/errors.py" line="27"/>
        <source>口审安排与单位的日程冲突</source>
        <translation>The hearing clashes with the office&apos;s schedule</translation>
    </message>
    <message>
        <location filename="../../ui/sync/errors.py" line="29"/>
        <source>不是该办案人员承办的记录（%1），只有部门负责人可以检出他人的记录</source>
        <translation>Not a record this officer handles (%1); only the department head may check out another officer&apos;s records</translation>
    </message>
    <message>
        <location filename="../../ui/sync/errors.py" line="30"/>
        <source>已办结，不能检出（%1）</source>
        <translation>Finished; cannot be checked out (%1)</translation>
    </message>
    <message>
        <location filename="../../ui/sync/errors.py" line="31"/>
        <source>不能早于今天</source>
        <translation>Cannot be before today</translation>
    </message>
    <message>
        <location filename="../../ui/sync/errors.py" line="32"/>
        <source>两次输入不一致</source>
        <translation>The two entries differ</translation>
    </message>
    <message>
        <location filename="../../ui/sync/errors.py" line="33"/>
        <source>须是本机上的数据库文件（%1）</source>
        <translation>Must be a database file on this computer (%1)</translation>
    </message>
    <message>
        <location filename="../../ui/sync/errors.py" line="37"/>
        <source>该冲突已由他人处理</source>
        <translation>Someone else has already decided this conflict</translation>
    </message>
    <message>
        <location filename="../../ui/sync/errors.py" line="38"/>
        <source>外出办案已经结束或已全部签入</source>
        <translation>The field check-out has ended or is fully checked in</translation>
    </message>
    <message>
        <location filename="../../ui/sync/errors.py" line="39"/>
        <source>已被他人改动，请刷新后再处理</source>
        <translation>Changed by someone else; refresh and try again</translation>
    </message>
    <message>
        <location filename="../../ui/sync/errors.py" line="40"/>
        <source>只有已结束的外出办案才能作废其预留文号</source>
        <translation>Only an ended check-out&apos;s reserved numbers can be voided</translation>
    </message>
    <message>
        <location filename="../../ui/sync/errors.py" line="41"/>
        <source>没有尚未签回的预留文号</source>
        <translation>No reserved numbers are left unreturned</translation>
    </message>
    <message>
        <location filename="../../ui/sync/errors.py" line="45"/>
        <source>外出办案记录</source>
        <translation>Field check-out</translation>
    </message>
    <message>
        <location filename="../../ui/sync/errors.py" line="46"/>
        <source>冲突记录</source>
        <translation>Conflict</translation>
    </message>
    <message>
        <location filename="../../ui/sync/errors.py" line="51"/>
        <source>“%1”不是本系统的数据包（或已损坏、版本更新）。</source>
        <translation>&quot;%1&quot; is not an ipcase package (or it is damaged, or from a newer version).</translation>
    </message>
    <message>
        <location filename="../../ui/sync/errors.py" line="52"/>
        <source>“%1”的签名或校验不符：文件在传递中被改动或损坏，未作任何处理。</source>
        <translation>The signature or checksum of &quot;%1&quot; does not match: the file was altered or damaged on the way; nothing was done.</translation>
    </message>
    <message>
        <location filename="../../ui/sync/errors.py" line="53"/>
        <source>“%1”是为其他单位（%2）制作的，本单位不能签入。</source>
        <translation>&quot;%1&quot; was made for another office (%2); this office cannot check it in.</translation>
    </message>
    <message>
        <location filename="../../ui/sync/errors.py" line="54"/>
        <source>“%1”所属的外出办案在本单位数据库中不存在。</source>
        <translation>The field check-out &quot;%1&quot; belongs to does not exist in this office&apos;s database.</translation>
    </message>
    <message>
        <location filename="../../ui/sync/errors.py" line="55"/>
        <source>“%1”此前已经签入（%2），不会重复处理。</source>
        <translation>&quot;%1&quot; was checked in before (%2); it is not processed again.</translation>
    </message>
    <message>
        <location filename="../../ui/sync/errors.py" line="56"/>
        <source>口令不正确，无法打开“%1”。</source>
        <translation>Wrong passphrase: cannot open &quot;%1&quot;.</translation>
    </message>
    <message>
        <location filename="../../ui/sync/errors.py" line="57"/>
        <source>“%1”不是此处可用的数据包类型。</source>
        <translation>&quot;%1&quot; is not a kind of package that can be used here.</translation>
    </message>
    <message>
        <location filename="../../ui/sync/errors.py" line="99"/>
        <source>单位数据库中找不到此操作涉及的记录（可能已被删除）</source>
        <translation>The office database has no record this operation touches (it may have been deleted)</translation>
    </message>
    <message>
        <location filename="../../ui/sync/errors.py" line="100"/>
        <source>单位无法读取此操作的内容（笔记本上的程序版本不同）</source>
        <translation>The office cannot read this operation (the laptop runs another version of the program)</translation>
    </message>
</context>
<context>
    <name>labels</name>
    <message>
        <location filename="../../ui/common/labels.py" line="41"/>
        <source>请求书已收到</source>
        <translation>Request received</translation>
    </message>
    <message>
        <location filename="../../ui/common/labels.py" line="42"/>
        <location filename="../../ui/intake/labels.py" line="31"/>
        <source>补正中</source>
        <translation>Awaiting completion</translation>
    </message>
    <message>
        <location filename="../../ui/common/labels.py" line="43"/>
        <source>已立案</source>
        <translation>Registered</translation>
    </message>
    <message>
        <location filename="../../ui/cases/labels.py" line="23"/>
        <location filename="../../ui/common/labels.py" line="44"/>
        <source>答辩期</source>
        <translation>Answer period</translation>
    </message>
    <message>
        <location filename="../../ui/common/labels.py" line="45"/>
        <source>调查取证</source>
        <translation>Investigation and evidence</translation>
    </message>
    <message>
        <location filename="../../ui/common/labels.py" line="46"/>
        <source>口审已排期</source>
        <translation>Hearing scheduled</translation>
    </message>
    <message>
        <location filename="../../ui/common/labels.py" line="47"/>
        <source>已口审</source>
        <translation>Heard</translation>
    </message>
    <message>
        <location filename="../../ui/common/labels.py" line="48"/>
        <source>合议</source>
        <translation>Deliberation</translation>
    </message>
    <message>
        <location filename="../../ui/common/labels.py" line="49"/>
        <source>结案审批</source>
        <translation>Closing approval</translation>
    </message>
    <message>
        <location filename="../../ui/cases/labels.py" line="39"/>
        <location filename="../../ui/common/labels.py" line="50"/>
        <location filename="../../ui/intake/labels.py" line="34"/>
        <location filename="../../ui/intake/labels.py" line="44"/>
        <location filename="../../ui/intake/labels.py" line="89"/>
        <location filename="../../ui/intake/labels.py" line="156"/>
        <location filename="../../ui/statistics/labels.py" line="17"/>
        <source>不予受理</source>
        <translation>Not accepted</translation>
    </message>
    <message>
        <location filename="../../ui/common/labels.py" line="51"/>
        <source>裁决结案（侵权成立）</source>
        <translation>Closed by ruling (infringement established)</translation>
    </message>
    <message>
        <location filename="../../ui/common/labels.py" line="52"/>
        <source>裁决结案（驳回请求）</source>
        <translation>Closed by ruling (request dismissed)</translation>
    </message>
    <message>
        <location filename="../../ui/cases/labels.py" line="54"/>
        <location filename="../../ui/common/labels.py" line="53"/>
        <location filename="../../ui/statistics/labels.py" line="13"/>
        <source>调解结案</source>
        <translation>Closed by mediation</translation>
    </message>
    <message>
        <location filename="../../ui/cases/labels.py" line="55"/>
        <location filename="../../ui/common/labels.py" line="54"/>
        <location filename="../../ui/mediation/case_labels.py" line="27"/>
        <location filename="../../ui/mediation/case_labels.py" line="39"/>
        <source>撤销案件</source>
        <translation>Revoke the case</translation>
    </message>
    <message>
        <location filename="../../ui/common/labels.py" line="55"/>
        <source>已归档</source>
        <translation>Archived</translation>
    </message>
    <message>
        <location filename="../../ui/common/labels.py" line="59"/>
        <source>发明</source>
        <translation>Invention</translation>
    </message>
    <message>
        <location filename="../../ui/common/labels.py" line="60"/>
        <source>实用新型</source>
        <translation>Utility model</translation>
    </message>
    <message>
        <location filename="../../ui/common/labels.py" line="61"/>
        <source>外观设计</source>
        <translation>Design</translation>
    </message>
    <message>
        <location filename="../../ui/common/labels.py" line="65"/>
        <source>制造</source>
        <translation>Manufacture</translation>
    </message>
    <message>
        <location filename="../../ui/common/labels.py" line="66"/>
        <source>使用</source>
        <translation>Use</translation>
    </message>
    <message>
        <location filename="../../ui/common/labels.py" line="67"/>
        <source>许诺销售</source>
        <translation>Offer for sale</translation>
    </message>
    <message>
        <location filename="../../ui/common/labels.py" line="68"/>
        <source>销售</source>
        <translation>Sale</translation>
    </message>
    <message>
        <location filename="../../ui/common/labels.py" line="69"/>
        <source>进口</source>
        <translation>Import</translation>
    </message>
    <message>
        <location filename="../../ui/common/labels.py" line="73"/>
        <location filename="../../ui/common/labels.py" line="227"/>
        <location filename="../../ui/ledger/labels.py" line="13"/>
        <location filename="../../ui/mediation/labels.py" line="29"/>
        <location filename="../../ui/satisfaction/labels.py" line="23"/>
        <source>请求人</source>
        <translation>Requester</translation>
    </message>
    <message>
        <location filename="../../ui/common/labels.py" line="74"/>
        <location filename="../../ui/common/labels.py" line="228"/>
        <location filename="../../ui/ledger/labels.py" line="14"/>
        <location filename="../../ui/mediation/labels.py" line="30"/>
        <location filename="../../ui/satisfaction/labels.py" line="24"/>
        <source>被请求人</source>
        <translation>Respondent</translation>
    </message>
    <message>
        <location filename="../../ui/common/labels.py" line="75"/>
        <source>第三人</source>
        <translation>Third party</translation>
    </message>
    <message>
        <location filename="../../ui/common/labels.py" line="79"/>
        <source>自然人</source>
        <translation>Natural person</translation>
    </message>
    <message>
        <location filename="../../ui/common/labels.py" line="80"/>
        <source>法人</source>
        <translation>Legal person</translation>
    </message>
    <message>
        <location filename="../../ui/common/labels.py" line="81"/>
        <source>非法人组织</source>
        <translation>Unincorporated organisation</translation>
    </message>
    <message>
        <location filename="../../ui/common/labels.py" line="82"/>
        <source>个体工商户</source>
        <translation>Individual business</translation>
    </message>
    <message>
        <location filename="../../ui/common/labels.py" line="88"/>
        <source>负责人</source>
        <translation>Person in charge</translation>
    </message>
    <message>
        <location filename="../../ui/common/labels.py" line="89"/>
        <source>经营者</source>
        <translation>Operator</translation>
    </message>
    <message>
        <location filename="../../ui/common/labels.py" line="93"/>
        <source>住址</source>
        <translation>Address</translation>
    </message>
    <message>
        <location filename="../../ui/common/labels.py" line="94"/>
        <location filename="../../ui/common/labels.py" line="95"/>
        <source>住所</source>
        <translation>Domicile</translation>
    </message>
    <message>
        <location filename="../../ui/common/labels.py" line="96"/>
        <source>经营场所</source>
        <translation>Business premises</translation>
    </message>
    <message>
        <location filename="../../ui/common/labels.py" line="100"/>
        <source>办案人员</source>
        <translation>Officer</translation>
    </message>
    <message>
        <location filename="../../ui/cases/labels.py" line="121"/>
        <location filename="../../ui/cases/labels.py" line="132"/>
        <location filename="../../ui/common/labels.py" line="101"/>
        <location filename="../../ui/common/labels.py" line="112"/>
        <location filename="../../ui/hearings/labels.py" line="20"/>
        <location filename="../../ui/hearings/record_labels.py" line="34"/>
        <location filename="../../ui/recusal/labels.py" line="19"/>
        <source>书记员</source>
        <translation>Clerk</translation>
    </message>
    <message>
        <location filename="../../ui/common/labels.py" line="102"/>
        <source>处(科)室负责人</source>
        <translation>Section head</translation>
    </message>
    <message>
        <location filename="../../ui/common/labels.py" line="103"/>
        <source>部门负责人</source>
        <translation>Department head</translation>
    </message>
    <message>
        <location filename="../../ui/common/labels.py" line="104"/>
        <source>管理员</source>
        <translation>Administrator</translation>
    </message>
    <message>
        <location filename="../../ui/cases/labels.py" line="119"/>
        <location filename="../../ui/cases/labels.py" line="130"/>
        <location filename="../../ui/common/labels.py" line="110"/>
        <location filename="../../ui/hearings/labels.py" line="18"/>
        <location filename="../../ui/hearings/record_labels.py" line="32"/>
        <location filename="../../ui/recusal/labels.py" line="17"/>
        <source>合议组长</source>
        <translation>Presiding member</translation>
    </message>
    <message>
        <location filename="../../ui/cases/labels.py" line="120"/>
        <location filename="../../ui/cases/labels.py" line="131"/>
        <location filename="../../ui/common/labels.py" line="111"/>
        <location filename="../../ui/hearings/labels.py" line="19"/>
        <location filename="../../ui/hearings/record_labels.py" line="33"/>
        <location filename="../../ui/recusal/labels.py" line="18"/>
        <source>审理员</source>
        <translation>Examiner</translation>
    </message>
    <message>
        <location filename="../../ui/cases/labels.py" line="122"/>
        <location filename="../../ui/cases/labels.py" line="133"/>
        <location filename="../../ui/common/labels.py" line="113"/>
        <location filename="../../ui/hearings/labels.py" line="21"/>
        <location filename="../../ui/hearings/record_labels.py" line="35"/>
        <location filename="../../ui/recusal/labels.py" line="20"/>
        <source>技术调查官</source>
        <translation>Technical investigator</translation>
    </message>
    <message>
        <location filename="../../ui/common/labels.py" line="117"/>
        <source>请求人撤回请求</source>
        <translation>The requester withdrew the request</translation>
    </message>
    <message>
        <location filename="../../ui/common/labels.py" line="118"/>
        <source>请求人无正当理由拒不参加口审，按撤回处理</source>
        <translation>The requester refuses without good reason to attend the hearing; treated as withdrawn</translation>
    </message>
    <message>
        <location filename="../../ui/common/labels.py" line="119"/>
        <source>立案后发现不符合受理条件</source>
        <translation>Found after registration not to meet the acceptance conditions</translation>
    </message>
    <message>
        <location filename="../../ui/common/labels.py" line="120"/>
        <source>当事人死亡或终止，无继承人或权利义务承受人</source>
        <translation>A party died or was terminated with no heir or successor</translation>
    </message>
    <message>
        <location filename="../../ui/common/labels.py" line="121"/>
        <source>经释明仍不明确请求保护的权利要求</source>
        <translation>The claims asserted remain unclear after explanation</translation>
    </message>
    <message>
        <location filename="../../ui/common/labels.py" line="122"/>
        <source>时效抗辩成立</source>
        <translation>Limitation defence upheld</translation>
    </message>
    <message>
        <location filename="../../ui/common/labels.py" line="123"/>
        <source>管辖权异议成立，移送</source>
        <translation>Objection to jurisdiction upheld; transferred</translation>
    </message>
    <message>
        <location filename="../../ui/common/labels.py" line="124"/>
        <source>当事人已向人民法院起诉</source>
        <translation>A party has sued in the people&apos;s court</translation>
    </message>
    <message>
        <location filename="../../ui/common/labels.py" line="125"/>
        <location filename="../../ui/common/labels.py" line="137"/>
        <location filename="../../ui/intake/labels.py" line="56"/>
        <location filename="../../ui/mediation/case_labels.py" line="51"/>
        <source>其他</source>
        <translation>Other</translation>
    </message>
    <message>
        <location filename="../../ui/common/labels.py" line="129"/>
        <source>请求人不是专利权人或利害关系人</source>
        <translation>The requester is neither the patentee nor an interested party</translation>
    </message>
    <message>
        <location filename="../../ui/common/labels.py" line="130"/>
        <source>没有明确的被请求人</source>
        <translation>No identified respondent</translation>
    </message>
    <message>
        <location filename="../../ui/common/labels.py" line="131"/>
        <source>没有明确的请求事项和具体事实、理由</source>
        <translation>No clear claims with specific facts and reasons</translation>
    </message>
    <message>
        <location filename="../../ui/common/labels.py" line="132"/>
        <source>不属于本机关受案和管辖范围</source>
        <translation>Outside this office&apos;s competence and jurisdiction</translation>
    </message>
    <message>
        <location filename="../../ui/common/labels.py" line="133"/>
        <source>当事人已就该纠纷向人民法院起诉</source>
        <translation>A party has brought this dispute before the people&apos;s court</translation>
    </message>
    <message>
        <location filename="../../ui/common/labels.py" line="134"/>
        <source>无正当理由拒不提交专利权评价报告</source>
        <translation>Refuses without good reason to submit the patent evaluation report</translation>
    </message>
    <message>
        <location filename="../../ui/common/labels.py" line="135"/>
        <source>拒不提交经公证认证的身份证明</source>
        <translation>Refuses to submit notarised and authenticated proof of identity</translation>
    </message>
    <message>
        <location filename="../../ui/common/labels.py" line="136"/>
        <source>逾期未补正或补正后仍不符合规定</source>
        <translation>Not completed in time, or still not compliant after completion</translation>
    </message>
    <message>
        <location filename="../../ui/common/labels.py" line="141"/>
        <source>实用新型或外观设计专利无效宣告请求已受理</source>
        <translation>A request to invalidate the utility model or design has been accepted</translation>
    </message>
    <message>
        <location filename="../../ui/common/labels.py" line="142"/>
        <source>一方当事人死亡，需等待继承人表明是否参加处理</source>
        <translation>A party has died; awaiting the heirs&apos; statement whether they will take part</translation>
    </message>
    <message>
        <location filename="../../ui/common/labels.py" line="143"/>
        <source>一方当事人丧失行为能力，尚未确定法定代理人</source>
        <translation>A party has lost legal capacity and no legal representative has been determined</translation>
    </message>
    <message>
        <location filename="../../ui/common/labels.py" line="144"/>
        <source>一方当事人终止，尚未确定权利义务承受人</source>
        <translation>A party has been terminated; no successor to its rights and obligations determined</translation>
    </message>
    <message>
        <location filename="../../ui/common/labels.py" line="145"/>
        <source>一方当事人因不可抗拒的事由不能参加处理</source>
        <translation>A party cannot take part because of force majeure</translation>
    </message>
    <message>
        <location filename="../../ui/common/labels.py" line="146"/>
        <source>本案须以另一案的审理结果为依据</source>
        <translation>This case depends on the outcome of another case</translation>
    </message>
    <message>
        <location filename="../../ui/common/labels.py" line="147"/>
        <source>需请示上级机关答复</source>
        <translation>Awaiting a superior office&apos;s reply</translation>
    </message>
    <message>
        <location filename="../../ui/common/labels.py" line="151"/>
        <source>中止</source>
        <translation>Suspend</translation>
    </message>
    <message>
        <location filename="../../ui/common/labels.py" line="152"/>
        <source>公告</source>
        <translation>Public notice</translation>
    </message>
    <message>
        <location filename="../../ui/common/labels.py" line="153"/>
        <source>检验鉴定</source>
        <translation>Inspection or appraisal</translation>
    </message>
    <message>
        <location filename="../../ui/common/labels.py" line="154"/>
        <source>管辖权异议</source>
        <translation>Objection to jurisdiction</translation>
    </message>
    <message>
        <location filename="../../ui/common/labels.py" line="155"/>
        <source>当事人申请延长举证期限</source>
        <translation>A party requests an extension of the time limit for evidence</translation>
    </message>
    <message>
        <location filename="../../ui/common/labels.py" line="156"/>
        <source>和解</source>
        <translation>Settlement</translation>
    </message>
    <message>
        <location filename="../../ui/common/labels.py" line="160"/>
        <source>侵权成立，责令停止侵权</source>
        <translation>Infringement established; ordered to stop</translation>
    </message>
    <message>
        <location filename="../../ui/common/labels.py" line="161"/>
        <source>驳回请求</source>
        <translation>Dismiss the request</translation>
    </message>
    <message>
        <location filename="../../ui/common/labels.py" line="166"/>
        <source>直接送达</source>
        <translation>Direct service</translation>
    </message>
    <message>
        <location filename="../../ui/common/labels.py" line="167"/>
        <source>邮寄送达</source>
        <translation>Service by post</translation>
    </message>
    <message>
        <location filename="../../ui/common/labels.py" line="168"/>
        <source>留置送达</source>
        <translation>Service by leaving</translation>
    </message>
    <message>
        <location filename="../../ui/common/labels.py" line="169"/>
        <source>电子送达</source>
        <translation>Electronic service</translation>
    </message>
    <message>
        <location filename="../../ui/common/labels.py" line="170"/>
        <source>公告送达</source>
        <translation>Service by public notice</translation>
    </message>
    <message>
        <location filename="../../ui/common/labels.py" line="174"/>
        <source>待审批</source>
        <translation>Awaiting approval</translation>
    </message>
    <message>
        <location filename="../../ui/common/labels.py" line="175"/>
        <source>已批准</source>
        <translation>Approved</translation>
    </message>
    <message>
        <location filename="../../ui/common/labels.py" line="176"/>
        <source>不予批准</source>
        <translation>Not approved</translation>
    </message>
    <message>
        <location filename="../../ui/common/labels.py" line="243"/>
        <location filename="../../ui/documents/labels.py" line="121"/>
        <location filename="../../ui/evidence/labels.py" line="27"/>
        <source>名称</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../ui/cases/labels.py" line="21"/>
        <source>立案审查期限</source>
        <translation>Registration review period</translation>
    </message>
    <message>
        <location filename="../../ui/cases/labels.py" line="22"/>
        <location filename="../../ui/cases/labels.py" line="41"/>
        <source>送达请求书副本</source>
        <translation>Serve a copy of the request</translation>
    </message>
    <message>
        <location filename="../../ui/cases/labels.py" line="24"/>
        <location filename="../../ui/cases/labels.py" line="44"/>
        <source>转送答辩书</source>
        <translation>Forward the answer</translation>
    </message>
    <message>
        <location filename="../../ui/cases/labels.py" line="25"/>
        <source>回避申请期限</source>
        <translation>Time limit for recusal applications</translation>
    </message>
    <message>
        <location filename="../../ui/cases/labels.py" line="26"/>
        <source>举证期限</source>
        <translation>Time limit for evidence</translation>
    </message>
    <message>
        <location filename="../../ui/cases/labels.py" line="27"/>
        <source>结案期限</source>
        <translation>Closing limit</translation>
    </message>
    <message>
        <location filename="../../ui/cases/labels.py" line="28"/>
        <source>裁决公开期限</source>
        <translation>Time limit to publish the ruling</translation>
    </message>
    <message>
        <location filename="../../ui/cases/labels.py" line="29"/>
        <source>起诉期限</source>
        <translation>Time limit to sue</translation>
    </message>
    <message>
        <location filename="../../ui/cases/labels.py" line="30"/>
        <location filename="../../ui/cases/labels.py" line="86"/>
        <source>补正期限</source>
        <translation>Completion period</translation>
    </message>
    <message>
        <location filename="../../ui/common/labels.py" line="182"/>
        <source>进行中</source>
        <translation>In progress</translation>
    </message>
    <message>
        <location filename="../../ui/common/labels.py" line="183"/>
        <source>已完成</source>
        <translation>Completed</translation>
    </message>
    <message>
        <location filename="../../ui/common/labels.py" line="184"/>
        <source>不再适用</source>
        <translation>No longer applicable</translation>
    </message>
    <message>
        <location filename="../../ui/common/labels.py" line="185"/>
        <source>已届满</source>
        <translation>Expired</translation>
    </message>
    <message>
        <location filename="../../ui/common/labels.py" line="189"/>
        <source>已逾期</source>
        <translation>Overdue</translation>
    </message>
    <message>
        <location filename="../../ui/common/labels.py" line="190"/>
        <source>即将到期</source>
        <translation>Due soon</translation>
    </message>
    <message>
        <location filename="../../ui/common/labels.py" line="191"/>
        <source>正常</source>
        <translation>Normal</translation>
    </message>
    <message>
        <location filename="../../ui/common/labels.py" line="195"/>
        <source>个月</source>
        <translation>months</translation>
    </message>
    <message>
        <location filename="../../ui/common/labels.py" line="196"/>
        <source>日</source>
        <translation>Day</translation>
    </message>
    <message>
        <location filename="../../ui/admin/labels.py" line="9"/>
        <source>管理员录入</source>
        <translation>Entered by an administrator</translation>
    </message>
    <message>
        <location filename="../../ui/admin/labels.py" line="10"/>
        <source>内置数据</source>
        <translation>Built-in data</translation>
    </message>
    <message>
        <location filename="../../ui/cases/labels.py" line="35"/>
        <source>补正通知</source>
        <translation>Notice to complete</translation>
    </message>
    <message>
        <location filename="../../ui/cases/labels.py" line="36"/>
        <location filename="../../ui/intake/labels.py" line="93"/>
        <location filename="../../ui/intake/labels.py" line="160"/>
        <source>收到补正材料</source>
        <translation>Completing materials received</translation>
    </message>
    <message>
        <location filename="../../ui/cases/labels.py" line="37"/>
        <location filename="../../ui/intake/labels.py" line="94"/>
        <location filename="../../ui/intake/labels.py" line="161"/>
        <source>延长立案审查期限</source>
        <translation>Extend the registration review period</translation>
    </message>
    <message>
        <location filename="../../ui/cases/labels.py" line="38"/>
        <source>立案</source>
        <translation>Registered</translation>
    </message>
    <message>
        <location filename="../../ui/cases/labels.py" line="40"/>
        <source>送达受理通知书</source>
        <translation>Serve the notice of acceptance</translation>
    </message>
    <message>
        <location filename="../../ui/cases/labels.py" line="42"/>
        <source>收到答辩书</source>
        <translation>Answer received</translation>
    </message>
    <message>
        <location filename="../../ui/cases/labels.py" line="43"/>
        <source>答辩期满</source>
        <translation>Answer period ended</translation>
    </message>
    <message>
        <location filename="../../ui/cases/labels.py" line="45"/>
        <source>安排口头审理</source>
        <translation>Schedule an oral hearing</translation>
    </message>
    <message>
        <location filename="../../ui/cases/labels.py" line="46"/>
        <source>变更口审时间</source>
        <translation>Change the hearing time</translation>
    </message>
    <message>
        <location filename="../../ui/cases/labels.py" line="47"/>
        <source>口头审理完毕</source>
        <translation>Oral hearing completed</translation>
    </message>
    <message>
        <location filename="../../ui/cases/labels.py" line="48"/>
        <source>请求人拒不到庭</source>
        <translation>The requester refuses to appear</translation>
    </message>
    <message>
        <location filename="../../ui/cases/labels.py" line="49"/>
        <source>书面审理</source>
        <translation>Written examination</translation>
    </message>
    <message>
        <location filename="../../ui/cases/labels.py" line="50"/>
        <source>进入合议</source>
        <translation>Go to deliberation</translation>
    </message>
    <message>
        <location filename="../../ui/cases/labels.py" line="51"/>
        <source>提交结案审批</source>
        <translation>Submit for closing approval</translation>
    </message>
    <message>
        <location filename="../../ui/cases/labels.py" line="52"/>
        <source>裁决结案</source>
        <translation>Closed by ruling</translation>
    </message>
    <message>
        <location filename="../../ui/cases/labels.py" line="53"/>
        <source>退回合议</source>
        <translation>Back to deliberation</translation>
    </message>
    <message>
        <location filename="../../ui/cases/labels.py" line="56"/>
        <source>中止处理</source>
        <translation>Suspend handling</translation>
    </message>
    <message>
        <location filename="../../ui/cases/labels.py" line="57"/>
        <source>不予中止</source>
        <translation>Refuse suspension</translation>
    </message>
    <message>
        <location filename="../../ui/cases/labels.py" line="58"/>
        <source>恢复处理</source>
        <translation>Resume handling</translation>
    </message>
    <message>
        <location filename="../../ui/cases/labels.py" line="59"/>
        <source>开始不计入期间</source>
        <translation>Start a period not counted</translation>
    </message>
    <message>
        <location filename="../../ui/cases/labels.py" line="60"/>
        <source>结束不计入期间</source>
        <translation>End the period not counted</translation>
    </message>
    <message>
        <location filename="../../ui/cases/labels.py" line="61"/>
        <source>延长结案期限</source>
        <translation>Extend the closing limit</translation>
    </message>
    <message>
        <location filename="../../ui/cases/labels.py" line="62"/>
        <source>送达裁决书</source>
        <translation>Serve the ruling</translation>
    </message>
    <message>
        <location filename="../../ui/cases/labels.py" line="63"/>
        <source>归档</source>
        <translation>Archive</translation>
    </message>
    <message>
        <location filename="../../ui/cases/labels.py" line="68"/>
        <source>登记请求书</source>
        <translation>Register the request</translation>
    </message>
    <message>
        <location filename="../../ui/cases/labels.py" line="69"/>
        <source>修改请求信息</source>
        <translation>Edit request details</translation>
    </message>
    <message>
        <location filename="../../ui/cases/labels.py" line="70"/>
        <source>组成合议组</source>
        <translation>Compose the panel</translation>
    </message>
    <message>
        <location filename="../../ui/cases/labels.py" line="71"/>
        <source>提交审批</source>
        <translation>Submit for approval</translation>
    </message>
    <message>
        <location filename="../../ui/cases/labels.py" line="72"/>
        <source>审核意见</source>
        <translation>Review opinion</translation>
    </message>
    <message>
        <location filename="../../ui/cases/labels.py" line="73"/>
        <source>审批决定</source>
        <translation>Approval decision</translation>
    </message>
    <message>
        <location filename="../../ui/cases/labels.py" line="74"/>
        <source>期限重新计算</source>
        <translation>Deadlines recalculated</translation>
    </message>
    <message>
        <location filename="../../ui/cases/labels.py" line="75"/>
        <location filename="../../ui/intake/labels.py" line="97"/>
        <source>添加附件</source>
        <translation>Add attachment</translation>
    </message>
    <message>
        <location filename="../../ui/cases/labels.py" line="76"/>
        <source>装订案卷</source>
        <translation>Bind the case file</translation>
    </message>
    <message>
        <location filename="../../ui/cases/labels.py" line="77"/>
        <source>报请更正当事人信息</source>
        <translation>Request a correction of party details</translation>
    </message>
    <message>
        <location filename="../../ui/cases/labels.py" line="78"/>
        <source>更正当事人信息</source>
        <translation>Correct party details</translation>
    </message>
    <message>
        <location filename="../../ui/cases/labels.py" line="79"/>
        <source>当事人信息更正未获批准</source>
        <translation>Correction of party details not approved</translation>
    </message>
    <message>
        <location filename="../../ui/cases/labels.py" line="85"/>
        <source>需补正事项</source>
        <translation>Items to complete</translation>
    </message>
    <message>
        <location filename="../../ui/cases/labels.py" line="134"/>
        <source>更正前</source>
        <translation>Before</translation>
    </message>
    <message>
        <location filename="../../ui/cases/labels.py" line="135"/>
        <source>更正后</source>
        <translation>After</translation>
    </message>
    <message>
        <location filename="../../ui/cases/labels.py" line="136"/>
        <source>更正事项</source>
        <translation>Item corrected</translation>
    </message>
    <message>
        <location filename="../../ui/common/labels.py" line="207"/>
        <location filename="../../ui/evidence/labels.py" line="38"/>
        <location filename="../../ui/hearings/labels.py" line="74"/>
        <location filename="../../ui/ledger/labels.py" line="11"/>
        <source>收到日期</source>
        <translation>Date received</translation>
    </message>
    <message>
        <location filename="../../ui/common/labels.py" line="202"/>
        <location filename="../../ui/documents/labels.py" line="59"/>
        <location filename="../../ui/mediation/labels.py" line="84"/>
        <source>理由</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location filename="../../ui/common/labels.py" line="208"/>
        <location filename="../../ui/ledger/labels.py" line="12"/>
        <source>立案日期</source>
        <translation>Registration date</translation>
    </message>
    <message>
        <location filename="../../ui/cases/labels.py" line="87"/>
        <location filename="../../ui/documents/labels.py" line="57"/>
        <source>案情简介</source>
        <translation>Summary of the case</translation>
    </message>
    <message>
        <location filename="../../ui/cases/labels.py" line="88"/>
        <source>不予受理理由</source>
        <translation>Reasons for non-acceptance</translation>
    </message>
    <message>
        <location filename="../../ui/common/labels.py" line="210"/>
        <source>理由说明</source>
        <translation>Explanation</translation>
    </message>
    <message>
        <location filename="../../ui/common/labels.py" line="209"/>
        <location filename="../../ui/evidence/labels.py" line="51"/>
        <source>决定日期</source>
        <translation>Decision date</translation>
    </message>
    <message>
        <location filename="../../ui/cases/labels.py" line="89"/>
        <source>送达日期</source>
        <translation>Date of service</translation>
    </message>
    <message>
        <location filename="../../ui/common/labels.py" line="211"/>
        <source>送达方式</source>
        <translation>Method of service</translation>
    </message>
    <message>
        <location filename="../../ui/common/labels.py" line="204"/>
        <location filename="../../ui/common/labels.py" line="205"/>
        <location filename="../../ui/hearings/labels.py" line="22"/>
        <location filename="../../ui/publication/labels.py" line="38"/>
        <source>当事人</source>
        <translation>Party</translation>
    </message>
    <message>
        <location filename="../../ui/cases/labels.py" line="90"/>
        <source>转送日期</source>
        <translation>Date forwarded</translation>
    </message>
    <message>
        <location filename="../../ui/cases/labels.py" line="91"/>
        <source>口审时间</source>
        <translation>Hearing time</translation>
    </message>
    <message>
        <location filename="../../ui/cases/labels.py" line="92"/>
        <source>口审地点</source>
        <translation>Hearing place</translation>
    </message>
    <message>
        <location filename="../../ui/cases/labels.py" line="93"/>
        <source>口审日期</source>
        <translation>Hearing date</translation>
    </message>
    <message>
        <location filename="../../ui/cases/labels.py" line="94"/>
        <source>被请求人缺席</source>
        <translation>Respondent absent</translation>
    </message>
    <message>
        <location filename="../../ui/cases/labels.py" line="95"/>
        <source>已告知被请求人事实、理由和证据并给予陈述期间</source>
        <translation>The respondent was told the facts, reasons and evidence and given time to state its views</translation>
    </message>
    <message>
        <location filename="../../ui/common/labels.py" line="203"/>
        <location filename="../../ui/evidence/labels.py" line="32"/>
        <location filename="../../ui/ledger/labels.py" line="24"/>
        <source>备注</source>
        <translation>Remarks</translation>
    </message>
    <message>
        <location filename="../../ui/cases/labels.py" line="96"/>
        <source>合议结论</source>
        <translation>Conclusion of deliberation</translation>
    </message>
    <message>
        <location filename="../../ui/cases/labels.py" line="97"/>
        <source>多数意见</source>
        <translation>Majority opinion</translation>
    </message>
    <message>
        <location filename="../../ui/cases/labels.py" line="98"/>
        <location filename="../../ui/documents/labels.py" line="82"/>
        <source>不同意见</source>
        <translation>Dissenting opinion</translation>
    </message>
    <message>
        <location filename="../../ui/cases/labels.py" line="99"/>
        <source>裁决日期</source>
        <translation>Ruling date</translation>
    </message>
    <message>
        <location filename="../../ui/cases/labels.py" line="100"/>
        <source>调解协议签署日期</source>
        <translation>Date the mediation agreement was signed</translation>
    </message>
    <message>
        <location filename="../../ui/cases/labels.py" line="102"/>
        <source>调解协议内容</source>
        <translation>Content of the mediation agreement</translation>
    </message>
    <message>
        <location filename="../../ui/cases/labels.py" line="103"/>
        <location filename="../../ui/mediation/case_labels.py" line="64"/>
        <source>撤销理由</source>
        <translation>Reason for revocation</translation>
    </message>
    <message>
        <location filename="../../ui/cases/labels.py" line="104"/>
        <location filename="../../ui/intake/labels.py" line="112"/>
        <source>移送机关</source>
        <translation>Transferring office</translation>
    </message>
    <message>
        <location filename="../../ui/cases/labels.py" line="105"/>
        <source>中止事由</source>
        <translation>Ground for suspension</translation>
    </message>
    <message>
        <location filename="../../ui/cases/labels.py" line="106"/>
        <source>开始日期</source>
        <translation>Start date</translation>
    </message>
    <message>
        <location filename="../../ui/cases/labels.py" line="107"/>
        <source>恢复日期</source>
        <translation>Date resumed</translation>
    </message>
    <message>
        <location filename="../../ui/cases/labels.py" line="108"/>
        <source>期间类型</source>
        <translation>Period type</translation>
    </message>
    <message>
        <location filename="../../ui/cases/labels.py" line="109"/>
        <source>结束日期</source>
        <translation>End date</translation>
    </message>
    <message>
        <location filename="../../ui/cases/labels.py" line="110"/>
        <source>延长期限</source>
        <translation>Extend the time limit</translation>
    </message>
    <message>
        <location filename="../../ui/cases/labels.py" line="111"/>
        <location filename="../../ui/common/labels.py" line="239"/>
        <source>单位</source>
        <translation>Unit</translation>
    </message>
    <message>
        <location filename="../../ui/cases/labels.py" line="112"/>
        <source>上级部门批准文号</source>
        <translation>Superior department&apos;s approval number</translation>
    </message>
    <message>
        <location filename="../../ui/common/labels.py" line="213"/>
        <location filename="../../ui/common/labels.py" line="220"/>
        <location filename="../../ui/intake/labels.py" line="114"/>
        <location filename="../../ui/ledger/labels.py" line="15"/>
        <source>专利号</source>
        <translation>Patent number</translation>
    </message>
    <message>
        <location filename="../../ui/common/labels.py" line="214"/>
        <location filename="../../ui/common/labels.py" line="221"/>
        <location filename="../../ui/intake/labels.py" line="68"/>
        <location filename="../../ui/ledger/labels.py" line="16"/>
        <source>专利类型</source>
        <translation>Patent type</translation>
    </message>
    <message>
        <location filename="../../ui/common/labels.py" line="215"/>
        <location filename="../../ui/common/labels.py" line="222"/>
        <location filename="../../ui/ledger/labels.py" line="17"/>
        <source>专利名称</source>
        <translation>Patent title</translation>
    </message>
    <message>
        <location filename="../../ui/common/labels.py" line="216"/>
        <location filename="../../ui/common/labels.py" line="223"/>
        <location filename="../../ui/ledger/labels.py" line="18"/>
        <source>专利权人</source>
        <translation>Patentee</translation>
    </message>
    <message>
        <location filename="../../ui/common/labels.py" line="217"/>
        <location filename="../../ui/common/labels.py" line="224"/>
        <source>申请日</source>
        <translation>Filing date</translation>
    </message>
    <message>
        <location filename="../../ui/common/labels.py" line="218"/>
        <location filename="../../ui/common/labels.py" line="225"/>
        <source>授权公告日</source>
        <translation>Grant publication date</translation>
    </message>
    <message>
        <location filename="../../ui/common/labels.py" line="219"/>
        <source>专利</source>
        <translation>Patent</translation>
    </message>
    <message>
        <location filename="../../ui/common/labels.py" line="229"/>
        <source>名称/姓名</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../ui/common/labels.py" line="230"/>
        <source>主体类型</source>
        <translation>Entity type</translation>
    </message>
    <message>
        <location filename="../../ui/common/labels.py" line="231"/>
        <source>统一社会信用代码</source>
        <translation>Unified social credit code</translation>
    </message>
    <message>
        <location filename="../../ui/common/labels.py" line="232"/>
        <location filename="../../ui/publication/labels.py" line="8"/>
        <source>身份证号</source>
        <translation>ID number</translation>
    </message>
    <message>
        <location filename="../../ui/common/labels.py" line="87"/>
        <location filename="../../ui/common/labels.py" line="233"/>
        <source>法定代表人</source>
        <translation>Legal representative</translation>
    </message>
    <message>
        <location filename="../../ui/common/labels.py" line="105"/>
        <source>审计员</source>
        <translation>Auditor</translation>
    </message>
    <message>
        <location filename="../../ui/common/labels.py" line="106"/>
        <source>查阅人</source>
        <translation>Reader</translation>
    </message>
    <message>
        <location filename="../../ui/common/labels.py" line="234"/>
        <source>职务</source>
        <translation>Position</translation>
    </message>
    <message>
        <location filename="../../ui/common/labels.py" line="235"/>
        <location filename="../../ui/publication/labels.py" line="9"/>
        <source>地址</source>
        <translation>Address</translation>
    </message>
    <message>
        <location filename="../../ui/common/labels.py" line="236"/>
        <location filename="../../ui/publication/labels.py" line="10"/>
        <source>电话</source>
        <translation>Telephone</translation>
    </message>
    <message>
        <location filename="../../ui/common/labels.py" line="237"/>
        <source>在中国境内无住所</source>
        <translation>No domicile in China</translation>
    </message>
    <message>
        <location filename="../../ui/common/labels.py" line="238"/>
        <location filename="../../ui/hearings/labels.py" line="23"/>
        <location filename="../../ui/hearings/record_labels.py" line="38"/>
        <source>委托代理人</source>
        <translation>Authorised agent</translation>
    </message>
    <message>
        <location filename="../../ui/cases/labels.py" line="113"/>
        <source>请求保护的权利要求</source>
        <translation>Claims asserted</translation>
    </message>
    <message>
        <location filename="../../ui/cases/labels.py" line="114"/>
        <source>被控侵权产品</source>
        <translation>Product accused of infringement</translation>
    </message>
    <message>
        <location filename="../../ui/cases/labels.py" line="115"/>
        <source>侵权行为</source>
        <translation>Infringing act</translation>
    </message>
    <message>
        <location filename="../../ui/cases/labels.py" line="116"/>
        <location filename="../../ui/documents/labels.py" line="84"/>
        <source>请求事项</source>
        <translation>Claims</translation>
    </message>
    <message>
        <location filename="../../ui/cases/labels.py" line="117"/>
        <location filename="../../ui/intake/labels.py" line="115"/>
        <location filename="../../ui/ledger/labels.py" line="21"/>
        <source>承办人</source>
        <translation>Officer in charge</translation>
    </message>
    <message>
        <location filename="../../ui/cases/labels.py" line="118"/>
        <location filename="../../ui/hearings/record_labels.py" line="24"/>
        <source>合议组</source>
        <translation>Panel</translation>
    </message>
    <message>
        <location filename="../../ui/admin/labels.py" line="16"/>
        <source>用户名</source>
        <translation>User name</translation>
    </message>
    <message>
        <location filename="../../ui/admin/labels.py" line="17"/>
        <location filename="../../ui/publication/labels.py" line="7"/>
        <source>姓名</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../ui/common/labels.py" line="245"/>
        <source>角色</source>
        <translation>Role</translation>
    </message>
    <message>
        <location filename="../../ui/admin/labels.py" line="11"/>
        <source>暂定（按放假办法推算）</source>
        <translation>Provisional (derived from the holiday regulations)</translation>
    </message>
    <message>
        <location filename="../../ui/admin/labels.py" line="18"/>
        <source>密码</source>
        <translation>Password</translation>
    </message>
    <message>
        <location filename="../../ui/admin/labels.py" line="19"/>
        <source>机关简称</source>
        <translation>Office short name</translation>
    </message>
    <message>
        <location filename="../../ui/admin/labels.py" line="20"/>
        <source>案号格式</source>
        <translation>Case number format</translation>
    </message>
    <message>
        <location filename="../../ui/admin/labels.py" line="21"/>
        <source>邮编</source>
        <translation>Postcode</translation>
    </message>
    <message>
        <location filename="../../ui/admin/labels.py" line="22"/>
        <source>上级部门</source>
        <translation>Superior department</translation>
    </message>
    <message>
        <location filename="../../ui/admin/labels.py" line="24"/>
        <source>管理员用户名</source>
        <translation>Administrator&apos;s user name</translation>
    </message>
    <message>
        <location filename="../../ui/admin/labels.py" line="25"/>
        <source>管理员密码</source>
        <translation>Administrator&apos;s password</translation>
    </message>
    <message>
        <location filename="../../ui/admin/labels.py" line="26"/>
        <source>管理员姓名</source>
        <translation>Administrator&apos;s name</translation>
    </message>
    <message>
        <location filename="../../ui/admin/labels.py" line="27"/>
        <source>上级机关</source>
        <translation>Supervising office</translation>
    </message>
    <message>
        <location filename="../../ui/admin/labels.py" line="28"/>
        <source>数据库</source>
        <translation>Database</translation>
    </message>
    <message>
        <location filename="../../ui/admin/labels.py" line="32"/>
        <source>原密码</source>
        <translation>Old password</translation>
    </message>
    <message>
        <location filename="../../ui/admin/labels.py" line="33"/>
        <source>新密码</source>
        <translation>New password</translation>
    </message>
    <message>
        <location filename="../../ui/admin/labels.py" line="34"/>
        <source>密码最短长度</source>
        <translation>Minimum password length</translation>
    </message>
    <message>
        <location filename="../../ui/admin/labels.py" line="35"/>
        <source>须含字母和数字</source>
        <translation>Letters and digits required</translation>
    </message>
    <message>
        <location filename="../../ui/admin/labels.py" line="36"/>
        <source>不得与用户名相同</source>
        <translation>Must differ from the user name</translation>
    </message>
    <message>
        <location filename="../../ui/admin/labels.py" line="37"/>
        <source>密码有效期（天）</source>
        <translation>Password expiry (days)</translation>
    </message>
    <message>
        <location filename="../../ui/admin/labels.py" line="38"/>
        <source>锁定前允许输错次数</source>
        <translation>Wrong passwords allowed before locking</translation>
    </message>
    <message>
        <location filename="../../ui/admin/labels.py" line="39"/>
        <source>首次锁定时长（分钟）</source>
        <translation>Length of the first lock (minutes)</translation>
    </message>
    <message>
        <location filename="../../ui/admin/labels.py" line="40"/>
        <source>无操作自动锁屏（分钟）</source>
        <translation>Lock when idle (minutes)</translation>
    </message>
    <message>
        <location filename="../../ui/cases/labels.py" line="123"/>
        <source>意见</source>
        <translation>Opinion</translation>
    </message>
    <message>
        <location filename="../../ui/common/labels.py" line="241"/>
        <location filename="../../ui/credit/labels.py" line="59"/>
        <location filename="../../ui/hearings/labels.py" line="73"/>
        <source>日期</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../ui/admin/labels.py" line="29"/>
        <source>年份</source>
        <translation>Year</translation>
    </message>
    <message>
        <location filename="../../ui/common/labels.py" line="242"/>
        <location filename="../../ui/evidence/labels.py" line="42"/>
        <source>文件</source>
        <translation>File</translation>
    </message>
    <message>
        <location filename="../../ui/admin/labels.py" line="30"/>
        <source>启用</source>
        <translation>Active</translation>
    </message>
    <message>
        <location filename="../../ui/common/labels.py" line="244"/>
        <source>用户</source>
        <translation>Users</translation>
    </message>
    <message>
        <location filename="../../ui/cases/labels.py" line="124"/>
        <source>审批事项</source>
        <translation>Matter for approval</translation>
    </message>
    <message>
        <location filename="../../ui/cases/labels.py" line="125"/>
        <source>是否批准</source>
        <translation>Approve?</translation>
    </message>
    <message>
        <location filename="../../ui/cases/labels.py" line="126"/>
        <location filename="../../ui/mediation/labels.py" line="91"/>
        <source>事项</source>
        <translation>Matter</translation>
    </message>
    <message>
        <location filename="../../ui/cases/labels.py" line="127"/>
        <source>内容</source>
        <translation>Content</translation>
    </message>
    <message>
        <location filename="../../ui/common/labels.py" line="246"/>
        <location filename="../../ui/ledger/labels.py" line="10"/>
        <source>案号</source>
        <translation>Case number</translation>
    </message>
    <message>
        <location filename="../../ui/cases/labels.py" line="128"/>
        <source>问题</source>
        <translation>Problem</translation>
    </message>
    <message>
        <location filename="../../ui/cases/labels.py" line="129"/>
        <source>延长次数</source>
        <translation>Extensions</translation>
    </message>
    <message>
        <location filename="../../ui/documents/labels.py" line="13"/>
        <source>补正通知书</source>
        <translation>Notice to complete</translation>
    </message>
    <message>
        <location filename="../../ui/documents/labels.py" line="14"/>
        <source>提交专利权评价报告通知书</source>
        <translation>Notice to submit a patent evaluation report</translation>
    </message>
    <message>
        <location filename="../../ui/documents/labels.py" line="15"/>
        <source>立案审批表</source>
        <translation>Registration approval form</translation>
    </message>
    <message>
        <location filename="../../ui/documents/labels.py" line="16"/>
        <source>受理通知书</source>
        <translation>Notice of acceptance</translation>
    </message>
    <message>
        <location filename="../../ui/documents/labels.py" line="17"/>
        <source>不予受理通知书</source>
        <translation>Notice of non-acceptance</translation>
    </message>
    <message>
        <location filename="../../ui/documents/labels.py" line="18"/>
        <source>答辩通知书</source>
        <translation>Notice to answer</translation>
    </message>
    <message>
        <location filename="../../ui/documents/labels.py" line="19"/>
        <source>送达回证</source>
        <translation>Proof of service</translation>
    </message>
    <message>
        <location filename="../../ui/documents/labels.py" line="20"/>
        <source>调查通知书</source>
        <translation>Notice of investigation</translation>
    </message>
    <message>
        <location filename="../../ui/documents/labels.py" line="21"/>
        <location filename="../../ui/evidence/labels.py" line="10"/>
        <source>调查笔录</source>
        <translation>Investigation record</translation>
    </message>
    <message>
        <location filename="../../ui/documents/labels.py" line="22"/>
        <location filename="../../ui/evidence/labels.py" line="11"/>
        <source>现场检查（勘验）笔录</source>
        <translation>On-site inspection record</translation>
    </message>
    <message>
        <location filename="../../ui/documents/labels.py" line="23"/>
        <source>证据登记保存决定书</source>
        <translation>Decision to register evidence for preservation</translation>
    </message>
    <message>
        <location filename="../../ui/documents/labels.py" line="24"/>
        <source>技术鉴定委托书</source>
        <translation>Letter commissioning a technical appraisal</translation>
    </message>
    <message>
        <location filename="../../ui/documents/labels.py" line="25"/>
        <source>回避申请决定书</source>
        <translation>Decision on the recusal application</translation>
    </message>
    <message>
        <location filename="../../ui/documents/labels.py" line="26"/>
        <source>中止处理通知书</source>
        <translation>Notice of suspension</translation>
    </message>
    <message>
        <location filename="../../ui/documents/labels.py" line="27"/>
        <source>不予中止处理通知书</source>
        <translation>Notice of refusal to suspend</translation>
    </message>
    <message>
        <location filename="../../ui/documents/labels.py" line="28"/>
        <source>恢复处理通知书</source>
        <translation>Notice of resumption</translation>
    </message>
    <message>
        <location filename="../../ui/documents/labels.py" line="29"/>
        <source>延长期限审批表</source>
        <translation>Extension approval form</translation>
    </message>
    <message>
        <location filename="../../ui/documents/labels.py" line="30"/>
        <source>口头审理通知书</source>
        <translation>Notice of oral hearing</translation>
    </message>
    <message>
        <location filename="../../ui/documents/labels.py" line="31"/>
        <source>口头审理笔录</source>
        <translation>Oral hearing record</translation>
    </message>
    <message>
        <location filename="../../ui/documents/labels.py" line="32"/>
        <source>合议笔录</source>
        <translation>Deliberation record</translation>
    </message>
    <message>
        <location filename="../../ui/documents/labels.py" line="33"/>
        <source>结案审批表</source>
        <translation>Closing approval form</translation>
    </message>
    <message>
        <location filename="../../ui/documents/labels.py" line="34"/>
        <source>行政裁决书</source>
        <translation>Administrative ruling</translation>
    </message>
    <message>
        <location filename="../../ui/documents/labels.py" line="35"/>
        <source>调解协议书</source>
        <translation>Mediation agreement</translation>
    </message>
    <message>
        <location filename="../../ui/documents/labels.py" line="36"/>
        <source>撤销案件决定书</source>
        <translation>Decision to revoke the case</translation>
    </message>
    <message>
        <location filename="../../ui/documents/labels.py" line="37"/>
        <source>案件移送函</source>
        <translation>Letter of case transfer</translation>
    </message>
    <message>
        <location filename="../../ui/documents/labels.py" line="38"/>
        <source>转交函</source>
        <translation>Letter of transfer</translation>
    </message>
    <message>
        <location filename="../../ui/documents/labels.py" line="39"/>
        <source>行政裁决修改更正通知书</source>
        <translation>Notice of amendment or correction of the administrative ruling</translation>
    </message>
    <message>
        <location filename="../../ui/documents/labels.py" line="40"/>
        <source>催告书</source>
        <translation>Demand letter</translation>
    </message>
    <message>
        <location filename="../../ui/documents/labels.py" line="41"/>
        <source>强制执行申请书</source>
        <translation>Application for enforcement</translation>
    </message>
    <message>
        <location filename="../../ui/documents/labels.py" line="43"/>
        <source>证据材料清单</source>
        <translation>List of evidence</translation>
    </message>
    <message>
        <location filename="../../ui/documents/labels.py" line="44"/>
        <source>抽样取证决定书</source>
        <translation>Decision on sampling of evidence</translation>
    </message>
    <message>
        <location filename="../../ui/documents/labels.py" line="45"/>
        <source>解除登记保存决定书</source>
        <translation>Decision releasing evidence from preservation</translation>
    </message>
    <message>
        <location filename="../../ui/documents/labels.py" line="47"/>
        <source>陈述意见通知书</source>
        <translation>Notice to state opinions</translation>
    </message>
    <message>
        <location filename="../../ui/documents/labels.py" line="48"/>
        <source>不予受理调解请求通知书</source>
        <translation>Notice of non-acceptance of the mediation request</translation>
    </message>
    <message>
        <location filename="../../ui/documents/labels.py" line="49"/>
        <source>调解通知书</source>
        <translation>Notice of mediation</translation>
    </message>
    <message>
        <location filename="../../ui/documents/labels.py" line="50"/>
        <source>撤销案件通知书</source>
        <translation>Notice of revocation of the case</translation>
    </message>
    <message>
        <location filename="../../ui/documents/labels.py" line="51"/>
        <source>专利纠纷调解协议书</source>
        <translation>Patent dispute mediation agreement</translation>
    </message>
    <message>
        <location filename="../../ui/documents/labels.py" line="55"/>
        <source>需补正的全部事项</source>
        <translation>Every item to complete</translation>
    </message>
    <message>
        <location filename="../../ui/documents/labels.py" line="56"/>
        <source>提交期限（日）</source>
        <translation>Time limit to submit (days)</translation>
    </message>
    <message>
        <location filename="../../ui/documents/labels.py" line="58"/>
        <source>承办人意见</source>
        <translation>Officer&apos;s opinion</translation>
    </message>
    <message>
        <location filename="../../ui/documents/labels.py" line="60"/>
        <source>调查事项</source>
        <translation>Subject of the investigation</translation>
    </message>
    <message>
        <location filename="../../ui/documents/labels.py" line="61"/>
        <source>接受调查的时间和地点</source>
        <translation>Time and place of questioning</translation>
    </message>
    <message>
        <location filename="../../ui/documents/labels.py" line="62"/>
        <source>需携带或提交的材料</source>
        <translation>Materials to bring or submit</translation>
    </message>
    <message>
        <location filename="../../ui/documents/labels.py" line="63"/>
        <source>被调查人（姓名、单位、职务、联系方式）</source>
        <translation>Person questioned (name, organisation, position, contact)</translation>
    </message>
    <message>
        <location filename="../../ui/documents/labels.py" line="64"/>
        <source>调查/检查人员</source>
        <translation>Investigators/inspectors</translation>
    </message>
    <message>
        <location filename="../../ui/documents/labels.py" line="65"/>
        <location filename="../../ui/evidence/labels.py" line="47"/>
        <location filename="../../ui/mediation/labels.py" line="64"/>
        <source>地点</source>
        <translation>Place</translation>
    </message>
    <message>
        <location filename="../../ui/documents/labels.py" line="66"/>
        <source>起止时间</source>
        <translation>From–to</translation>
    </message>
    <message>
        <location filename="../../ui/documents/labels.py" line="67"/>
        <source>记录</source>
        <translation>Record</translation>
    </message>
    <message>
        <location filename="../../ui/documents/labels.py" line="68"/>
        <source>当事人（姓名、身份证件号码、单位、地址、电话）</source>
        <translation>Parties (name, ID number, organisation, address, telephone)</translation>
    </message>
    <message>
        <location filename="../../ui/documents/labels.py" line="69"/>
        <location filename="../../ui/evidence/labels.py" line="37"/>
        <source>见证人</source>
        <translation>Witness</translation>
    </message>
    <message>
        <location filename="../../ui/documents/labels.py" line="70"/>
        <location filename="../../ui/evidence/labels.py" line="49"/>
        <source>告知情况</source>
        <translation>Information given</translation>
    </message>
    <message>
        <location filename="../../ui/documents/labels.py" line="71"/>
        <source>检查情况</source>
        <translation>Inspection findings</translation>
    </message>
    <message>
        <location filename="../../ui/documents/labels.py" line="72"/>
        <location filename="../../ui/evidence/labels.py" line="52"/>
        <source>登记保存起始时间</source>
        <translation>Preservation start time</translation>
    </message>
    <message>
        <location filename="../../ui/documents/labels.py" line="73"/>
        <source>物品清单（每行一项）</source>
        <translation>List of items (one per line)</translation>
    </message>
    <message>
        <location filename="../../ui/documents/labels.py" line="74"/>
        <location filename="../../ui/evidence/labels.py" line="56"/>
        <source>鉴定机构</source>
        <translation>Appraisal institution</translation>
    </message>
    <message>
        <location filename="../../ui/documents/labels.py" line="75"/>
        <source>出具鉴定意见的期限</source>
        <translation>Time limit for the expert opinion</translation>
    </message>
    <message>
        <location filename="../../ui/documents/labels.py" line="76"/>
        <source>被申请回避的人员</source>
        <translation>Person challenged</translation>
    </message>
    <message>
        <location filename="../../ui/documents/labels.py" line="77"/>
        <source>申请理由</source>
        <translation>Reasons for the application</translation>
    </message>
    <message>
        <location filename="../../ui/documents/labels.py" line="78"/>
        <source>决定</source>
        <translation>Decision</translation>
    </message>
    <message>
        <location filename="../../ui/documents/labels.py" line="79"/>
        <source>延长理由</source>
        <translation>Reason for extension</translation>
    </message>
    <message>
        <location filename="../../ui/documents/labels.py" line="80"/>
        <source>需携带的材料</source>
        <translation>Materials to bring</translation>
    </message>
    <message>
        <location filename="../../ui/documents/labels.py" line="81"/>
        <location filename="../../ui/hearings/labels.py" line="92"/>
        <source>到庭人员</source>
        <translation>Present at the hearing</translation>
    </message>
    <message>
        <location filename="../../ui/documents/labels.py" line="83"/>
        <source>合议组意见</source>
        <translation>Panel&apos;s opinion</translation>
    </message>
    <message>
        <location filename="../../ui/documents/labels.py" line="85"/>
        <source>请求人称</source>
        <translation>The requester stated</translation>
    </message>
    <message>
        <location filename="../../ui/documents/labels.py" line="86"/>
        <source>被请求人辩称</source>
        <translation>The respondent argued</translation>
    </message>
    <message>
        <location filename="../../ui/documents/labels.py" line="87"/>
        <source>证据及质证情况</source>
        <translation>Evidence and its examination</translation>
    </message>
    <message>
        <location filename="../../ui/documents/labels.py" line="88"/>
        <source>经审理查明</source>
        <translation>The hearing established</translation>
    </message>
    <message>
        <location filename="../../ui/documents/labels.py" line="89"/>
        <source>本局认为</source>
        <translation>This office finds</translation>
    </message>
    <message>
        <location filename="../../ui/documents/labels.py" line="91"/>
        <source>现有技术（设计）抗辩</source>
        <translation>Prior-art (prior-design) defence</translation>
    </message>
    <message>
        <location filename="../../ui/documents/labels.py" line="92"/>
        <source>先用权抗辩</source>
        <translation>Prior-use defence</translation>
    </message>
    <message>
        <location filename="../../ui/documents/labels.py" line="93"/>
        <source>合法来源抗辩</source>
        <translation>Lawful-source defence</translation>
    </message>
    <message>
        <location filename="../../ui/documents/labels.py" line="94"/>
        <source>裁决主文</source>
        <translation>Operative part of the ruling</translation>
    </message>
    <message>
        <location filename="../../ui/documents/labels.py" line="95"/>
        <location filename="../../ui/mediation/labels.py" line="76"/>
        <source>费用负担</source>
        <translation>Costs</translation>
    </message>
    <message>
        <location filename="../../ui/documents/labels.py" line="96"/>
        <location filename="../../ui/mediation/labels.py" line="93"/>
        <source>调解经过</source>
        <translation>Course of the mediation</translation>
    </message>
    <message>
        <location filename="../../ui/documents/labels.py" line="97"/>
        <source>协议条款</source>
        <translation>Terms of the agreement</translation>
    </message>
    <message>
        <location filename="../../ui/documents/labels.py" line="98"/>
        <source>受移送机关</source>
        <translation>Office receiving the transfer</translation>
    </message>
    <message>
        <location filename="../../ui/documents/labels.py" line="99"/>
        <source>更正内容</source>
        <translation>Correction</translation>
    </message>
    <message>
        <location filename="../../ui/documents/labels.py" line="100"/>
        <source>未履行的义务</source>
        <translation>Obligations not performed</translation>
    </message>
    <message>
        <location filename="../../ui/documents/labels.py" line="101"/>
        <source>人民法院</source>
        <translation>People&apos;s court</translation>
    </message>
    <message>
        <location filename="../../ui/documents/labels.py" line="102"/>
        <location filename="../../ui/intake/labels.py" line="116"/>
        <location filename="../../ui/intake/labels.py" line="117"/>
        <location filename="../../ui/intake/labels.py" line="151"/>
        <source>附件</source>
        <translation>Attachments</translation>
    </message>
    <message>
        <location filename="../../ui/documents/labels.py" line="103"/>
        <source>审查意见</source>
        <translation>Review opinion</translation>
    </message>
    <message>
        <location filename="../../ui/documents/labels.py" line="105"/>
        <source>递交人</source>
        <translation>Submitted by</translation>
    </message>
    <message>
        <location filename="../../ui/documents/labels.py" line="106"/>
        <source>清单（每行一项，各栏以制表符分隔）</source>
        <translation>List (one item per line, columns separated by tabs)</translation>
    </message>
    <message>
        <location filename="../../ui/documents/labels.py" line="107"/>
        <source>接收人</source>
        <translation>Recipient</translation>
    </message>
    <message>
        <location filename="../../ui/documents/labels.py" line="108"/>
        <source>登记保存日期</source>
        <translation>Date registered for preservation</translation>
    </message>
    <message>
        <location filename="../../ui/documents/labels.py" line="109"/>
        <source>解除理由</source>
        <translation>Reason for release</translation>
    </message>
    <message>
        <location filename="../../ui/documents/labels.py" line="111"/>
        <location filename="../../ui/mediation/case_labels.py" line="81"/>
        <source>受送达人</source>
        <translation>Addressee</translation>
    </message>
    <message>
        <location filename="../../ui/documents/labels.py" line="112"/>
        <source>所涉文书</source>
        <translation>Document concerned</translation>
    </message>
    <message>
        <location filename="../../ui/documents/labels.py" line="113"/>
        <source>签发人</source>
        <translation>Signatory</translation>
    </message>
    <message>
        <location filename="../../ui/documents/labels.py" line="114"/>
        <source>发出日期</source>
        <translation>Dispatch date</translation>
    </message>
    <message>
        <location filename="../../ui/documents/labels.py" line="115"/>
        <source>签收日期</source>
        <translation>Date received</translation>
    </message>
    <message>
        <location filename="../../ui/documents/labels.py" line="116"/>
        <source>邮件单号</source>
        <translation>Postal tracking number</translation>
    </message>
    <message>
        <location filename="../../ui/documents/labels.py" line="117"/>
        <source>拒收情况（见证人等）</source>
        <translation>Refusal (witnesses etc.)</translation>
    </message>
    <message>
        <location filename="../../ui/documents/labels.py" line="118"/>
        <source>受送达单位</source>
        <translation>Addressee organisation</translation>
    </message>
    <message>
        <location filename="../../ui/documents/labels.py" line="119"/>
        <source>回证扫描件</source>
        <translation>Scanned proof of service</translation>
    </message>
    <message>
        <location filename="../../ui/documents/labels.py" line="120"/>
        <source>公告送达视为送达的期间（日）</source>
        <translation>Days until service by public notice is deemed made</translation>
    </message>
    <message>
        <location filename="../../ui/documents/labels.py" line="122"/>
        <source>同意日期</source>
        <translation>Date of consent</translation>
    </message>
    <message>
        <location filename="../../ui/documents/labels.py" line="123"/>
        <source>更正的文书</source>
        <translation>Document corrected</translation>
    </message>
    <message>
        <location filename="../../ui/documents/labels.py" line="124"/>
        <location filename="../../ui/publication/labels.py" line="27"/>
        <location filename="../../ui/sync/labels.py" line="11"/>
        <source>案件</source>
        <translation>Cases</translation>
    </message>
    <message>
        <location filename="../../ui/documents/labels.py" line="129"/>
        <source>签发文书</source>
        <translation>Issue document</translation>
    </message>
    <message>
        <location filename="../../ui/documents/labels.py" line="130"/>
        <source>登记送达</source>
        <translation>Record service</translation>
    </message>
    <message>
        <location filename="../../ui/documents/labels.py" line="131"/>
        <source>同意电子送达</source>
        <translation>Consents to electronic service</translation>
    </message>
    <message>
        <location filename="../../ui/documents/labels.py" line="132"/>
        <source>撤回电子送达同意</source>
        <translation>Withdraw consent to electronic service</translation>
    </message>
    <message>
        <location filename="../../ui/documents/labels.py" line="136"/>
        <location filename="../../ui/mediation/case_labels.py" line="82"/>
        <source>文书</source>
        <translation>Documents</translation>
    </message>
    <message>
        <location filename="../../ui/documents/labels.py" line="137"/>
        <source>文号</source>
        <translation>Document number</translation>
    </message>
    <message>
        <location filename="../../ui/documents/labels.py" line="138"/>
        <source>更正</source>
        <translation>Correct</translation>
    </message>
    <message>
        <location filename="../../ui/documents/labels.py" line="139"/>
        <source>视为送达日期</source>
        <translation>Date deemed served</translation>
    </message>
    <message>
        <location filename="../../ui/documents/labels.py" line="140"/>
        <location filename="../../ui/evidence/labels.py" line="40"/>
        <source>页数</source>
        <translation>Pages</translation>
    </message>
    <message>
        <location filename="../../ui/evidence/labels.py" line="14"/>
        <location filename="../../ui/evidence/labels.py" line="94"/>
        <source>抽样取证</source>
        <translation>Sampling of evidence</translation>
    </message>
    <message>
        <location filename="../../ui/evidence/labels.py" line="15"/>
        <location filename="../../ui/evidence/labels.py" line="95"/>
        <source>证据登记保存</source>
        <translation>Registration of evidence for preservation</translation>
    </message>
    <message>
        <location filename="../../ui/evidence/labels.py" line="18"/>
        <source>解除登记保存</source>
        <translation>Release evidence from preservation</translation>
    </message>
    <message>
        <location filename="../../ui/evidence/labels.py" line="19"/>
        <source>其他处理决定</source>
        <translation>Other decisions</translation>
    </message>
    <message>
        <location filename="../../ui/evidence/labels.py" line="22"/>
        <source>待认定</source>
        <translation>Awaiting assessment</translation>
    </message>
    <message>
        <location filename="../../ui/evidence/labels.py" line="23"/>
        <source>采信</source>
        <translation>Admit</translation>
    </message>
    <message>
        <location filename="../../ui/evidence/labels.py" line="24"/>
        <source>不予采信</source>
        <translation>Not admitted</translation>
    </message>
    <message>
        <location filename="../../ui/evidence/labels.py" line="28"/>
        <source>规格型号</source>
        <translation>Model/specification</translation>
    </message>
    <message>
        <location filename="../../ui/evidence/labels.py" line="29"/>
        <source>数量</source>
        <translation>Quantity</translation>
    </message>
    <message>
        <location filename="../../ui/evidence/labels.py" line="30"/>
        <source>单价</source>
        <translation>Unit price</translation>
    </message>
    <message>
        <location filename="../../ui/evidence/labels.py" line="31"/>
        <source>保存地点</source>
        <translation>Place of storage</translation>
    </message>
    <message>
        <location filename="../../ui/evidence/labels.py" line="39"/>
        <source>所要说明的事实</source>
        <translation>Facts to be stated</translation>
    </message>
    <message>
        <location filename="../../ui/evidence/labels.py" line="41"/>
        <source>原件</source>
        <translation>Original</translation>
    </message>
    <message>
        <location filename="../../ui/evidence/labels.py" line="43"/>
        <source>认定理由</source>
        <translation>Reasons for the assessment</translation>
    </message>
    <message>
        <location filename="../../ui/evidence/labels.py" line="44"/>
        <source>执法人员</source>
        <translation>Enforcement officers</translation>
    </message>
    <message>
        <location filename="../../ui/evidence/labels.py" line="45"/>
        <location filename="../../ui/hearings/labels.py" line="71"/>
        <source>开始时间</source>
        <translation>Start time</translation>
    </message>
    <message>
        <location filename="../../ui/evidence/labels.py" line="46"/>
        <source>结束时间</source>
        <translation>End time</translation>
    </message>
    <message>
        <location filename="../../ui/evidence/labels.py" line="48"/>
        <source>被调查人/当事人</source>
        <translation>Person questioned / party</translation>
    </message>
    <message>
        <location filename="../../ui/evidence/labels.py" line="50"/>
        <source>记录内容</source>
        <translation>Record content</translation>
    </message>
    <message>
        <location filename="../../ui/evidence/labels.py" line="53"/>
        <source>物品清单</source>
        <translation>List of items</translation>
    </message>
    <message>
        <location filename="../../ui/evidence/labels.py" line="54"/>
        <source>处理决定</source>
        <translation>Decision</translation>
    </message>
    <message>
        <location filename="../../ui/evidence/labels.py" line="55"/>
        <source>处理说明</source>
        <translation>Handling notes</translation>
    </message>
    <message>
        <location filename="../../ui/evidence/labels.py" line="57"/>
        <source>鉴定事项</source>
        <translation>Matters to appraise</translation>
    </message>
    <message>
        <location filename="../../ui/evidence/labels.py" line="58"/>
        <source>鉴定材料</source>
        <translation>Materials for appraisal</translation>
    </message>
    <message>
        <location filename="../../ui/evidence/labels.py" line="59"/>
        <source>委托日期</source>
        <translation>Date commissioned</translation>
    </message>
    <message>
        <location filename="../../ui/evidence/labels.py" line="60"/>
        <source>要求出具意见日期</source>
        <translation>Date the opinion was requested</translation>
    </message>
    <message>
        <location filename="../../ui/evidence/labels.py" line="61"/>
        <source>收到鉴定意见日期</source>
        <translation>Date the expert opinion was received</translation>
    </message>
    <message>
        <location filename="../../ui/evidence/labels.py" line="62"/>
        <source>鉴定结论</source>
        <translation>Conclusion of the appraisal</translation>
    </message>
    <message>
        <location filename="../../ui/evidence/labels.py" line="63"/>
        <source>提交日期</source>
        <translation>Date submitted</translation>
    </message>
    <message>
        <location filename="../../ui/evidence/labels.py" line="64"/>
        <source>技术调查意见</source>
        <translation>Technical investigation opinion</translation>
    </message>
    <message>
        <location filename="../../ui/evidence/labels.py" line="65"/>
        <location filename="../../ui/mediation/labels.py" line="86"/>
        <location filename="../../ui/mediation/labels.py" line="95"/>
        <location filename="../../ui/publication/labels.py" line="37"/>
        <source>申请日期</source>
        <translation>Application date</translation>
    </message>
    <message>
        <location filename="../../ui/evidence/labels.py" line="66"/>
        <source>延长天数</source>
        <translation>Days of extension</translation>
    </message>
    <message>
        <location filename="../../ui/evidence/labels.py" line="72"/>
        <location filename="../../ui/evidence/labels.py" line="81"/>
        <location filename="../../ui/evidence/labels.py" line="96"/>
        <source>登记保存处理决定</source>
        <translation>Decision on evidence registered for preservation</translation>
    </message>
    <message>
        <location filename="../../ui/evidence/labels.py" line="75"/>
        <location filename="../../ui/evidence/labels.py" line="88"/>
        <source>登记证据</source>
        <translation>Register evidence</translation>
    </message>
    <message>
        <location filename="../../ui/evidence/labels.py" line="76"/>
        <location filename="../../ui/evidence/labels.py" line="89"/>
        <source>修改证据</source>
        <translation>Edit evidence</translation>
    </message>
    <message>
        <location filename="../../ui/evidence/labels.py" line="77"/>
        <location filename="../../ui/evidence/labels.py" line="90"/>
        <source>校验证据文件</source>
        <translation>Verify evidence files</translation>
    </message>
    <message>
        <location filename="../../ui/evidence/labels.py" line="78"/>
        <location filename="../../ui/evidence/labels.py" line="91"/>
        <source>认定证据</source>
        <translation>Assess evidence</translation>
    </message>
    <message>
        <location filename="../../ui/evidence/labels.py" line="79"/>
        <source>制作调查/检查笔录</source>
        <translation>Draft an investigation/inspection record</translation>
    </message>
    <message>
        <location filename="../../ui/evidence/labels.py" line="80"/>
        <source>抽样取证/登记保存</source>
        <translation>Sampling / registration for preservation</translation>
    </message>
    <message>
        <location filename="../../ui/evidence/labels.py" line="82"/>
        <location filename="../../ui/evidence/labels.py" line="97"/>
        <source>委托技术鉴定</source>
        <translation>Commission a technical appraisal</translation>
    </message>
    <message>
        <location filename="../../ui/evidence/labels.py" line="83"/>
        <location filename="../../ui/evidence/labels.py" line="98"/>
        <source>收到鉴定意见</source>
        <translation>Expert opinion received</translation>
    </message>
    <message>
        <location filename="../../ui/evidence/labels.py" line="84"/>
        <source>登记技术调查意见</source>
        <translation>Record a technical investigation opinion</translation>
    </message>
    <message>
        <location filename="../../ui/evidence/labels.py" line="85"/>
        <location filename="../../ui/evidence/labels.py" line="100"/>
        <source>延长举证期限</source>
        <translation>Extend the time limit for evidence</translation>
    </message>
    <message>
        <location filename="../../ui/evidence/labels.py" line="92"/>
        <source>制作调查笔录</source>
        <translation>Draft an investigation record</translation>
    </message>
    <message>
        <location filename="../../ui/evidence/labels.py" line="93"/>
        <source>现场检查（勘验）</source>
        <translation>On-site inspection</translation>
    </message>
    <message>
        <location filename="../../ui/evidence/labels.py" line="99"/>
        <source>技术调查官提交意见</source>
        <translation>The technical investigator submits an opinion</translation>
    </message>
    <message>
        <location filename="../../ui/hearings/labels.py" line="12"/>
        <source>已排期</source>
        <translation>Scheduled</translation>
    </message>
    <message>
        <location filename="../../ui/hearings/labels.py" line="13"/>
        <source>已审结</source>
        <translation>Decided</translation>
    </message>
    <message>
        <location filename="../../ui/hearings/labels.py" line="14"/>
        <source>休庭待续</source>
        <translation>Adjourned, to be continued</translation>
    </message>
    <message>
        <location filename="../../ui/hearings/labels.py" line="27"/>
        <source>待合议组决定</source>
        <translation>Awaiting the panel&apos;s decision</translation>
    </message>
    <message>
        <location filename="../../ui/hearings/labels.py" line="28"/>
        <location filename="../../ui/hearings/labels.py" line="87"/>
        <source>准予延期</source>
        <translation>Grant postponement</translation>
    </message>
    <message>
        <location filename="../../ui/hearings/labels.py" line="29"/>
        <source>不予延期</source>
        <translation>Refuse extension</translation>
    </message>
    <message>
        <location filename="../../ui/hearings/labels.py" line="33"/>
        <source>不能安排</source>
        <translation>Cannot be scheduled</translation>
    </message>
    <message>
        <location filename="../../ui/hearings/labels.py" line="34"/>
        <source>警示</source>
        <translation>Warning</translation>
    </message>
    <message>
        <location filename="../../ui/hearings/labels.py" line="35"/>
        <source>提示</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../ui/hearings/labels.py" line="40"/>
        <source>结束时间须晚于开始时间</source>
        <translation>The end time must be later than the start time</translation>
    </message>
    <message>
        <location filename="../../ui/hearings/labels.py" line="41"/>
        <source>口审日期 %date% 已过</source>
        <translation>The hearing date %date% has passed</translation>
    </message>
    <message>
        <location filename="../../ui/hearings/labels.py" line="42"/>
        <source>须选择口审庭（线上口审可不选）</source>
        <translation>A hearing room must be chosen (not needed for an online hearing)</translation>
    </message>
    <message>
        <location filename="../../ui/hearings/labels.py" line="43"/>
        <source>%room% 已停用</source>
        <translation>%room% is deactivated</translation>
    </message>
    <message>
        <location filename="../../ui/hearings/labels.py" line="44"/>
        <source>%room% 不具备线上口审条件</source>
        <translation>%room% is not equipped for online hearings</translation>
    </message>
    <message>
        <location filename="../../ui/hearings/labels.py" line="45"/>
        <source>%room% 只有 %seats% 个座位，参加人员 %people% 人</source>
        <translation>%room% has only %seats% seats for %people% participants</translation>
    </message>
    <message>
        <location filename="../../ui/hearings/labels.py" line="46"/>
        <source>%room% 在 %starts_at%–%ends_at% 已安排 %case_number% 的口审</source>
        <translation>%room% already holds the hearing of %case_number% at %starts_at%–%ends_at%</translation>
    </message>
    <message>
        <location filename="../../ui/hearings/labels.py" line="47"/>
        <source>%kind%%name% 在 %starts_at%–%ends_at% 参加 %case_number% 的口审</source>
        <translation>%kind%%name% attends the hearing of %case_number% at %starts_at%–%ends_at%</translation>
    </message>
    <message>
        <location filename="../../ui/hearings/labels.py" line="48"/>
        <source>当事人%name% 在 %starts_at%–%ends_at% 参加 %case_number% 的口审</source>
        <translation>Party %name% attends the hearing of %case_number% at %starts_at%–%ends_at%</translation>
    </message>
    <message>
        <location filename="../../ui/hearings/labels.py" line="49"/>
        <source>代理人%name% 在 %starts_at%–%ends_at% 参加 %case_number% 的口审</source>
        <translation>Agent %name% attends the hearing of %case_number% at %starts_at%–%ends_at%</translation>
    </message>
    <message>
        <location filename="../../ui/hearings/labels.py" line="50"/>
        <source>%date% 不是工作日 %holiday%</source>
        <translation>%date% is not a working day %holiday%</translation>
    </message>
    <message>
        <location filename="../../ui/hearings/labels.py" line="51"/>
        <source>%party% %served_on% 收到通知，距口审只有 %between% 个工作日（应不少于 %working_days% 个，最迟 %latest% 送达）</source>
        <translation>%party% received the notice on %served_on%, only %between% working days before the hearing (at least %working_days% required, serve by %latest%)</translation>
    </message>
    <message>
        <location filename="../../ui/hearings/labels.py" line="53"/>
        <source>向%party%送达口审通知最迟应在 %latest%，已来不及（须提前 %working_days% 个工作日）</source>
        <translation>The hearing notice had to be served on %party% by %latest%; it is too late (%working_days% working days in advance required)</translation>
    </message>
    <message>
        <location filename="../../ui/hearings/labels.py" line="55"/>
        <source>口头审理通知书最迟于 %latest% 送达%party%</source>
        <translation>Serve the notice of oral hearing on %party% by %latest% at the latest</translation>
    </message>
    <message>
        <location filename="../../ui/hearings/labels.py" line="56"/>
        <source>公开审理的公告于 %served_on% 发布，距口审只有 %between% 个工作日（应不少于 %working_days% 个）</source>
        <translation>The public hearing was announced on %served_on%, only %between% working days before the hearing (at least %working_days% required)</translation>
    </message>
    <message>
        <location filename="../../ui/hearings/labels.py" line="58"/>
        <source>公开审理应于 %latest% 前公告，已来不及</source>
        <translation>The public hearing had to be announced by %latest%; it is too late</translation>
    </message>
    <message>
        <location filename="../../ui/hearings/labels.py" line="59"/>
        <source>公开审理的公告最迟于 %latest% 发布</source>
        <translation>Announce the public hearing by %latest% at the latest</translation>
    </message>
    <message>
        <location filename="../../ui/hearings/labels.py" line="63"/>
        <source>回执逾期未回</source>
        <translation>Acknowledgement overdue</translation>
    </message>
    <message>
        <location filename="../../ui/hearings/labels.py" line="64"/>
        <source>延期申请待决定</source>
        <translation>Postponement request pending</translation>
    </message>
    <message>
        <location filename="../../ui/hearings/labels.py" line="68"/>
        <source>口审庭</source>
        <translation>Hearing room</translation>
    </message>
    <message>
        <location filename="../../ui/hearings/labels.py" line="69"/>
        <source>线上平台及链接</source>
        <translation>Online platform and link</translation>
    </message>
    <message>
        <location filename="../../ui/hearings/labels.py" line="70"/>
        <source>参加人员</source>
        <translation>Participants</translation>
    </message>
    <message>
        <location filename="../../ui/hearings/labels.py" line="72"/>
        <source>续行的口审</source>
        <translation>Continued hearing</translation>
    </message>
    <message>
        <location filename="../../ui/hearings/labels.py" line="75"/>
        <location filename="../../ui/recusal/labels.py" line="68"/>
        <source>决定理由</source>
        <translation>Reasons for the decision</translation>
    </message>
    <message>
        <location filename="../../ui/hearings/labels.py" line="76"/>
        <source>延期申请</source>
        <translation>Postponement request</translation>
    </message>
    <message>
        <location filename="../../ui/hearings/labels.py" line="77"/>
        <source>座位数</source>
        <translation>Seats</translation>
    </message>
    <message>
        <location filename="../../ui/hearings/labels.py" line="78"/>
        <source>公开审理公告提前工作日</source>
        <translation>Working days to announce a public hearing in advance</translation>
    </message>
    <message>
        <location filename="../../ui/hearings/labels.py" line="79"/>
        <source>回执期限（日）</source>
        <translation>Acknowledgement period (days)</translation>
    </message>
    <message>
        <location filename="../../ui/hearings/labels.py" line="80"/>
        <source>延期申请须提前（日）</source>
        <translation>Postponement requests in advance (days)</translation>
    </message>
    <message>
        <location filename="../../ui/hearings/labels.py" line="81"/>
        <source>口审默认时长（分钟）</source>
        <translation>Default hearing length (minutes)</translation>
    </message>
    <message>
        <location filename="../../ui/hearings/labels.py" line="82"/>
        <source>原定安排</source>
        <translation>Original schedule</translation>
    </message>
    <message>
        <location filename="../../ui/hearings/labels.py" line="83"/>
        <source>变更通知书</source>
        <translation>Notice of change</translation>
    </message>
    <message>
        <location filename="../../ui/hearings/labels.py" line="84"/>
        <source>已确认的警示</source>
        <translation>Acknowledged warnings</translation>
    </message>
    <message>
        <location filename="../../ui/hearings/labels.py" line="85"/>
        <source>确认警示的理由</source>
        <translation>Reason for accepting the warnings</translation>
    </message>
    <message>
        <location filename="../../ui/hearings/labels.py" line="86"/>
        <source>是否参加</source>
        <translation>Attending</translation>
    </message>
    <message>
        <location filename="../../ui/hearings/labels.py" line="88"/>
        <source>逾期提出</source>
        <translation>Raised late</translation>
    </message>
    <message>
        <location filename="../../ui/hearings/labels.py" line="99"/>
        <source>口审庭座位不足</source>
        <translation>Not enough seats in the hearing room</translation>
    </message>
    <message>
        <location filename="../../ui/hearings/labels.py" line="100"/>
        <source>当事人同时段另有口审</source>
        <translation>The party has another hearing at the same time</translation>
    </message>
    <message>
        <location filename="../../ui/hearings/labels.py" line="101"/>
        <source>代理人同时段另有口审</source>
        <translation>The agent has another hearing at the same time</translation>
    </message>
    <message>
        <location filename="../../ui/hearings/labels.py" line="102"/>
        <source>口审通知提前不足</source>
        <translation>Hearing notice given too late</translation>
    </message>
    <message>
        <location filename="../../ui/hearings/labels.py" line="103"/>
        <source>口审通知来不及提前送达</source>
        <translation>Too late to serve the hearing notice in time</translation>
    </message>
    <message>
        <location filename="../../ui/hearings/labels.py" line="104"/>
        <source>公开审理公告提前不足</source>
        <translation>Public hearing announced too late</translation>
    </message>
    <message>
        <location filename="../../ui/hearings/labels.py" line="105"/>
        <source>公开审理公告来不及</source>
        <translation>Too late to announce the public hearing</translation>
    </message>
    <message>
        <location filename="../../ui/hearings/labels.py" line="118"/>
        <source>确认口审安排警示</source>
        <translation>Confirm the hearing arrangement warnings</translation>
    </message>
    <message>
        <location filename="../../ui/hearings/labels.py" line="119"/>
        <source>变更口审安排</source>
        <translation>Change the hearing arrangements</translation>
    </message>
    <message>
        <location filename="../../ui/hearings/labels.py" line="120"/>
        <source>口审休庭</source>
        <translation>Hearing adjourned</translation>
    </message>
    <message>
        <location filename="../../ui/hearings/labels.py" line="121"/>
        <source>口审审结</source>
        <translation>Hearing concluded</translation>
    </message>
    <message>
        <location filename="../../ui/hearings/labels.py" line="122"/>
        <source>登记口审回执</source>
        <translation>Record the hearing acknowledgement</translation>
    </message>
    <message>
        <location filename="../../ui/hearings/labels.py" line="123"/>
        <source>收到延期口审申请</source>
        <translation>Hearing postponement request received</translation>
    </message>
    <message>
        <location filename="../../ui/hearings/labels.py" line="124"/>
        <source>决定延期口审申请</source>
        <translation>Decide the hearing postponement request</translation>
    </message>
    <message>
        <location filename="../../ui/hearings/record_labels.py" line="41"/>
        <location filename="../../ui/recusal/labels.py" line="21"/>
        <source>鉴定人</source>
        <translation>Expert</translation>
    </message>
    <message>
        <location filename="../../ui/hearings/record_labels.py" line="40"/>
        <location filename="../../ui/recusal/labels.py" line="22"/>
        <source>翻译人员</source>
        <translation>Interpreter</translation>
    </message>
    <message>
        <location filename="../../ui/hearings/record_labels.py" line="10"/>
        <source>开庭、核对身份</source>
        <translation>Open the hearing, check identities</translation>
    </message>
    <message>
        <location filename="../../ui/hearings/record_labels.py" line="11"/>
        <source>告知权利义务</source>
        <translation>Inform of rights and obligations</translation>
    </message>
    <message>
        <location filename="../../ui/hearings/record_labels.py" line="12"/>
        <source>宣布合议组、询问回避</source>
        <translation>Announce the panel, ask about recusal</translation>
    </message>
    <message>
        <location filename="../../ui/hearings/record_labels.py" line="13"/>
        <source>请求人陈述</source>
        <translation>Requester&apos;s statement</translation>
    </message>
    <message>
        <location filename="../../ui/hearings/record_labels.py" line="14"/>
        <source>被请求人答辩</source>
        <translation>Respondent&apos;s answer</translation>
    </message>
    <message>
        <location filename="../../ui/hearings/labels.py" line="93"/>
        <location filename="../../ui/hearings/record_labels.py" line="15"/>
        <source>质证</source>
        <translation>Cross-examination</translation>
    </message>
    <message>
        <location filename="../../ui/hearings/labels.py" line="94"/>
        <location filename="../../ui/hearings/record_labels.py" line="16"/>
        <source>技术特征比对</source>
        <translation>Comparison of technical features</translation>
    </message>
    <message>
        <location filename="../../ui/documents/labels.py" line="90"/>
        <location filename="../../ui/hearings/record_labels.py" line="17"/>
        <source>争议焦点</source>
        <translation>Points in dispute</translation>
    </message>
    <message>
        <location filename="../../ui/hearings/record_labels.py" line="18"/>
        <source>辩论</source>
        <translation>Debate</translation>
    </message>
    <message>
        <location filename="../../ui/hearings/record_labels.py" line="19"/>
        <source>最后陈述</source>
        <translation>Final statements</translation>
    </message>
    <message>
        <location filename="../../ui/hearings/record_labels.py" line="20"/>
        <source>调解意愿</source>
        <translation>Willingness to mediate</translation>
    </message>
    <message>
        <location filename="../../ui/hearings/record_labels.py" line="25"/>
        <source>请求人方</source>
        <translation>Requester side</translation>
    </message>
    <message>
        <location filename="../../ui/hearings/record_labels.py" line="26"/>
        <source>被请求人方</source>
        <translation>Respondent side</translation>
    </message>
    <message>
        <location filename="../../ui/hearings/record_labels.py" line="27"/>
        <source>第三人方</source>
        <translation>Third party side</translation>
    </message>
    <message>
        <location filename="../../ui/hearings/record_labels.py" line="28"/>
        <source>其他参加人</source>
        <translation>Other participants</translation>
    </message>
    <message>
        <location filename="../../ui/hearings/record_labels.py" line="36"/>
        <source>当事人本人</source>
        <translation>The party in person</translation>
    </message>
    <message>
        <location filename="../../ui/hearings/record_labels.py" line="37"/>
        <source>法定代表人/负责人</source>
        <translation>Legal representative / person in charge</translation>
    </message>
    <message>
        <location filename="../../ui/hearings/record_labels.py" line="39"/>
        <source>证人</source>
        <translation>Witness</translation>
    </message>
    <message>
        <location filename="../../ui/hearings/record_labels.py" line="45"/>
        <location filename="../../ui/hearings/record_labels.py" line="52"/>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <location filename="../../ui/hearings/record_labels.py" line="46"/>
        <source>认可</source>
        <translation>Undisputed</translation>
    </message>
    <message>
        <location filename="../../ui/hearings/record_labels.py" line="47"/>
        <source>不认可</source>
        <translation>Disputed</translation>
    </message>
    <message>
        <location filename="../../ui/hearings/record_labels.py" line="48"/>
        <source>不发表意见</source>
        <translation>No opinion</translation>
    </message>
    <message>
        <location filename="../../ui/hearings/record_labels.py" line="53"/>
        <source>相同</source>
        <translation>Same</translation>
    </message>
    <message>
        <location filename="../../ui/hearings/record_labels.py" line="54"/>
        <source>等同</source>
        <translation>Equivalent</translation>
    </message>
    <message>
        <location filename="../../ui/hearings/record_labels.py" line="55"/>
        <source>不同</source>
        <translation>Different</translation>
    </message>
    <message>
        <location filename="../../ui/hearings/record_labels.py" line="59"/>
        <source>记录中</source>
        <translation>Recording</translation>
    </message>
    <message>
        <location filename="../../ui/hearings/record_labels.py" line="60"/>
        <source>口审完毕</source>
        <translation>Hearing completed</translation>
    </message>
    <message>
        <location filename="../../ui/hearings/record_labels.py" line="61"/>
        <source>休庭</source>
        <translation>Adjourn</translation>
    </message>
    <message>
        <location filename="../../ui/hearings/record_labels.py" line="62"/>
        <source>请求人未到庭，按撤回处理（待审批）</source>
        <translation>The requester did not appear; treated as withdrawn (awaiting approval)</translation>
    </message>
    <message>
        <location filename="../../ui/hearings/labels.py" line="112"/>
        <source>制作口审笔录</source>
        <translation>Draft the hearing record</translation>
    </message>
    <message>
        <location filename="../../ui/hearings/labels.py" line="113"/>
        <source>保存口审笔录</source>
        <translation>Save the hearing record</translation>
    </message>
    <message>
        <location filename="../../ui/hearings/labels.py" line="114"/>
        <source>结束口审笔录</source>
        <translation>Close the hearing record</translation>
    </message>
    <message>
        <location filename="../../ui/hearings/labels.py" line="125"/>
        <source>开始口审笔录</source>
        <translation>Start the hearing record</translation>
    </message>
    <message>
        <location filename="../../ui/hearings/labels.py" line="90"/>
        <source>口审次数</source>
        <translation>Hearings held</translation>
    </message>
    <message>
        <location filename="../../ui/hearings/labels.py" line="91"/>
        <source>笔录内容</source>
        <translation>Record content</translation>
    </message>
    <message>
        <location filename="../../ui/hearings/labels.py" line="95"/>
        <source>比对结论</source>
        <translation>Comparison conclusion</translation>
    </message>
    <message>
        <location filename="../../ui/intake/labels.py" line="12"/>
        <source>处理请求</source>
        <translation>Request for handling</translation>
    </message>
    <message>
        <location filename="../../ui/intake/labels.py" line="13"/>
        <source>调解请求</source>
        <translation>Mediation request</translation>
    </message>
    <message>
        <location filename="../../ui/intake/labels.py" line="14"/>
        <source>侵权投诉举报</source>
        <translation>Infringement complaint or report</translation>
    </message>
    <message>
        <location filename="../../ui/intake/labels.py" line="15"/>
        <source>假冒专利投诉举报</source>
        <translation>Counterfeit-patent complaint or report</translation>
    </message>
    <message>
        <location filename="../../ui/intake/labels.py" line="16"/>
        <source>咨询</source>
        <translation>Enquiry</translation>
    </message>
    <message>
        <location filename="../../ui/intake/labels.py" line="20"/>
        <source>窗口来访</source>
        <translation>Visit in person</translation>
    </message>
    <message>
        <location filename="../../ui/intake/labels.py" line="21"/>
        <source>信函</source>
        <translation>Letter</translation>
    </message>
    <message>
        <location filename="../../ui/intake/labels.py" line="22"/>
        <source>12330热线</source>
        <translation>12330 hotline</translation>
    </message>
    <message>
        <location filename="../../ui/intake/labels.py" line="23"/>
        <source>网上平台</source>
        <translation>Online platform</translation>
    </message>
    <message>
        <location filename="../../ui/intake/labels.py" line="24"/>
        <source>电商平台通知</source>
        <translation>Notice from an e-commerce platform</translation>
    </message>
    <message>
        <location filename="../../ui/intake/labels.py" line="25"/>
        <source>展会现场</source>
        <translation>At a trade fair</translation>
    </message>
    <message>
        <location filename="../../ui/intake/labels.py" line="26"/>
        <location filename="../../ui/statistics/labels.py" line="16"/>
        <source>移送</source>
        <translation>Transfer</translation>
    </message>
    <message>
        <location filename="../../ui/intake/labels.py" line="30"/>
        <location filename="../../ui/sync/labels.py" line="34"/>
        <source>待处理</source>
        <translation>Pending</translation>
    </message>
    <message>
        <location filename="../../ui/intake/labels.py" line="32"/>
        <source>已登记为裁决案件</source>
        <translation>Registered as an adjudication case</translation>
    </message>
    <message>
        <location filename="../../ui/intake/labels.py" line="33"/>
        <source>已登记为调解案件</source>
        <translation>Registered as a mediation case</translation>
    </message>
    <message>
        <location filename="../../ui/intake/labels.py" line="35"/>
        <source>已转交</source>
        <translation>Transferred</translation>
    </message>
    <message>
        <location filename="../../ui/intake/labels.py" line="36"/>
        <source>已移交执法</source>
        <translation>Handed over to enforcement</translation>
    </message>
    <message>
        <location filename="../../ui/intake/labels.py" line="37"/>
        <source>已办结</source>
        <translation>Concluded</translation>
    </message>
    <message>
        <location filename="../../ui/intake/labels.py" line="41"/>
        <location filename="../../ui/intake/labels.py" line="86"/>
        <location filename="../../ui/intake/labels.py" line="153"/>
        <source>登记为行政裁决案件</source>
        <translation>Register as an adjudication case</translation>
    </message>
    <message>
        <location filename="../../ui/intake/labels.py" line="42"/>
        <location filename="../../ui/intake/labels.py" line="87"/>
        <location filename="../../ui/intake/labels.py" line="154"/>
        <source>登记为调解案件</source>
        <translation>Register as a mediation case</translation>
    </message>
    <message>
        <location filename="../../ui/intake/labels.py" line="43"/>
        <source>一次性告知补正</source>
        <translation>One-time notice to complete</translation>
    </message>
    <message>
        <location filename="../../ui/intake/labels.py" line="45"/>
        <location filename="../../ui/intake/labels.py" line="90"/>
        <location filename="../../ui/intake/labels.py" line="157"/>
        <source>转交有权机关</source>
        <translation>Transfer to the competent office</translation>
    </message>
    <message>
        <location filename="../../ui/intake/labels.py" line="46"/>
        <source>作为假冒专利线索移交执法</source>
        <translation>Hand over to enforcement as a counterfeit-patent lead</translation>
    </message>
    <message>
        <location filename="../../ui/intake/labels.py" line="47"/>
        <location filename="../../ui/intake/labels.py" line="92"/>
        <location filename="../../ui/intake/labels.py" line="159"/>
        <source>办结</source>
        <translation>Concluded</translation>
    </message>
    <message>
        <location filename="../../ui/intake/labels.py" line="51"/>
        <source>咨询已答复</source>
        <translation>Enquiry answered</translation>
    </message>
    <message>
        <location filename="../../ui/intake/labels.py" line="52"/>
        <source>来件人撤回</source>
        <translation>Withdrawn by the sender</translation>
    </message>
    <message>
        <location filename="../../ui/intake/labels.py" line="53"/>
        <source>重复登记，已并入他件</source>
        <translation>Duplicate entry, merged into another</translation>
    </message>
    <message>
        <location filename="../../ui/intake/labels.py" line="54"/>
        <source>无法联系来件人</source>
        <translation>The sender cannot be reached</translation>
    </message>
    <message>
        <location filename="../../ui/intake/labels.py" line="55"/>
        <source>不属于专利事项</source>
        <translation>Not a patent matter</translation>
    </message>
    <message>
        <location filename="../../ui/intake/labels.py" line="60"/>
        <source>简案快办</source>
        <translation>Simple case, fast track</translation>
    </message>
    <message>
        <location filename="../../ui/intake/labels.py" line="61"/>
        <source>普通程序</source>
        <translation>Ordinary procedure</translation>
    </message>
    <message>
        <location filename="../../ui/intake/labels.py" line="62"/>
        <source>繁案精办</source>
        <translation>Complex case, careful track</translation>
    </message>
    <message>
        <location filename="../../ui/intake/labels.py" line="66"/>
        <location filename="../../ui/intake/labels.py" line="103"/>
        <location filename="../../ui/intake/labels.py" line="105"/>
        <source>事项类型</source>
        <translation>Matter type</translation>
    </message>
    <message>
        <location filename="../../ui/intake/labels.py" line="67"/>
        <location filename="../../ui/intake/labels.py" line="104"/>
        <location filename="../../ui/intake/labels.py" line="106"/>
        <source>来源渠道</source>
        <translation>Channel</translation>
    </message>
    <message>
        <location filename="../../ui/intake/labels.py" line="69"/>
        <source>已提交专利权评价报告</source>
        <translation>Patent evaluation report submitted</translation>
    </message>
    <message>
        <location filename="../../ui/intake/labels.py" line="70"/>
        <source>被请求人数</source>
        <translation>Respondents</translation>
    </message>
    <message>
        <location filename="../../ui/intake/labels.py" line="71"/>
        <source>发现场合</source>
        <translation>Where found</translation>
    </message>
    <message>
        <location filename="../../ui/intake/labels.py" line="72"/>
        <source>涉外或涉港澳台</source>
        <translation>Foreign or Hong Kong, Macao, Taiwan</translation>
    </message>
    <message>
        <location filename="../../ui/intake/labels.py" line="73"/>
        <source>重复侵权</source>
        <translation>Repeat infringement</translation>
    </message>
    <message>
        <location filename="../../ui/intake/labels.py" line="77"/>
        <source>展会</source>
        <translation>Trade fair</translation>
    </message>
    <message>
        <location filename="../../ui/intake/labels.py" line="78"/>
        <source>电商平台</source>
        <translation>E-commerce platform</translation>
    </message>
    <message>
        <location filename="../../ui/intake/labels.py" line="79"/>
        <source>线下其他</source>
        <translation>Other offline</translation>
    </message>
    <message>
        <location filename="../../ui/intake/labels.py" line="83"/>
        <location filename="../../ui/intake/labels.py" line="149"/>
        <source>收案登记</source>
        <translation>Intake entries</translation>
    </message>
    <message>
        <location filename="../../ui/intake/labels.py" line="84"/>
        <location filename="../../ui/intake/labels.py" line="150"/>
        <source>修改登记信息</source>
        <translation>Edit registration details</translation>
    </message>
    <message>
        <location filename="../../ui/intake/labels.py" line="85"/>
        <source>确定程序（繁简分流）</source>
        <translation>Set the procedure (simple/complex routing)</translation>
    </message>
    <message>
        <location filename="../../ui/intake/labels.py" line="88"/>
        <location filename="../../ui/intake/labels.py" line="155"/>
        <source>告知补正</source>
        <translation>Notice to complete</translation>
    </message>
    <message>
        <location filename="../../ui/intake/labels.py" line="91"/>
        <location filename="../../ui/intake/labels.py" line="158"/>
        <source>移交执法</source>
        <translation>Hand over to enforcement</translation>
    </message>
    <message>
        <location filename="../../ui/intake/labels.py" line="95"/>
        <source>收到正式请求书，转为处理请求</source>
        <translation>Formal request received: convert to a request for handling</translation>
    </message>
    <message>
        <location filename="../../ui/intake/labels.py" line="96"/>
        <location filename="../../ui/intake/labels.py" line="163"/>
        <source>告知举报人</source>
        <translation>Inform the reporter</translation>
    </message>
    <message>
        <location filename="../../ui/intake/labels.py" line="98"/>
        <source>删除附件</source>
        <translation>Delete attachment</translation>
    </message>
    <message>
        <location filename="../../ui/intake/labels.py" line="102"/>
        <source>收案编号</source>
        <translation>Intake number</translation>
    </message>
    <message>
        <location filename="../../ui/intake/labels.py" line="107"/>
        <source>收到时间</source>
        <translation>Time received</translation>
    </message>
    <message>
        <location filename="../../ui/intake/labels.py" line="108"/>
        <source>匿名</source>
        <translation>Anonymous</translation>
    </message>
    <message>
        <location filename="../../ui/intake/labels.py" line="109"/>
        <source>来件人</source>
        <translation>Sender</translation>
    </message>
    <message>
        <location filename="../../ui/intake/labels.py" line="110"/>
        <source>来件人统一社会信用代码</source>
        <translation>Sender&apos;s unified social credit code</translation>
    </message>
    <message>
        <location filename="../../ui/intake/labels.py" line="111"/>
        <source>联系电话</source>
        <translation>Contact telephone</translation>
    </message>
    <message>
        <location filename="../../ui/intake/labels.py" line="113"/>
        <source>被投诉举报对象/被请求人</source>
        <translation>Subject of the complaint/respondent</translation>
    </message>
    <message>
        <location filename="../../ui/intake/labels.py" line="118"/>
        <source>程序（繁简分流）</source>
        <translation>Procedure (simple/complex routing)</translation>
    </message>
    <message>
        <location filename="../../ui/intake/labels.py" line="119"/>
        <source>改变程序的理由</source>
        <translation>Reason for changing the procedure</translation>
    </message>
    <message>
        <location filename="../../ui/intake/labels.py" line="120"/>
        <source>规则建议</source>
        <translation>Rule suggestion</translation>
    </message>
    <message>
        <location filename="../../ui/intake/labels.py" line="121"/>
        <source>所依规则</source>
        <translation>Rule applied</translation>
    </message>
    <message>
        <location filename="../../ui/intake/labels.py" line="122"/>
        <source>改变了建议</source>
        <translation>Changed the suggestion</translation>
    </message>
    <message>
        <location filename="../../ui/intake/labels.py" line="123"/>
        <source>接收机关/部门</source>
        <translation>Receiving office/department</translation>
    </message>
    <message>
        <location filename="../../ui/intake/labels.py" line="124"/>
        <source>转交函文号</source>
        <translation>Number of the letter of transfer</translation>
    </message>
    <message>
        <location filename="../../ui/intake/labels.py" line="125"/>
        <source>办结理由</source>
        <translation>Reason for concluding</translation>
    </message>
    <message>
        <location filename="../../ui/intake/labels.py" line="126"/>
        <source>告知日期</source>
        <translation>Date informed</translation>
    </message>
    <message>
        <location filename="../../ui/intake/labels.py" line="127"/>
        <source>告知方式</source>
        <translation>How informed</translation>
    </message>
    <message>
        <location filename="../../ui/intake/labels.py" line="128"/>
        <source>收到请求书日期</source>
        <translation>Date the request was received</translation>
    </message>
    <message>
        <location filename="../../ui/intake/labels.py" line="129"/>
        <source>逾期补正</source>
        <translation>Completion overdue</translation>
    </message>
    <message>
        <location filename="../../ui/intake/labels.py" line="130"/>
        <source>分流规则</source>
        <translation>Routing rules</translation>
    </message>
    <message>
        <location filename="../../ui/intake/labels.py" line="131"/>
        <source>条件</source>
        <translation>Conditions</translation>
    </message>
    <message>
        <location filename="../../ui/intake/labels.py" line="132"/>
        <source>事实</source>
        <translation>Facts</translation>
    </message>
    <message>
        <location filename="../../ui/intake/labels.py" line="133"/>
        <source>取值</source>
        <translation>Value</translation>
    </message>
    <message>
        <location filename="../../ui/intake/labels.py" line="140"/>
        <source>收案审查期限</source>
        <translation>Intake review period</translation>
    </message>
    <message>
        <location filename="../../ui/intake/labels.py" line="141"/>
        <source>投诉受理期限</source>
        <translation>Time limit to accept a complaint</translation>
    </message>
    <message>
        <location filename="../../ui/intake/labels.py" line="142"/>
        <source>假冒专利举报立案期限</source>
        <translation>Time limit to open a counterfeit-patent case</translation>
    </message>
    <message>
        <location filename="../../ui/intake/labels.py" line="143"/>
        <source>告知实名举报人</source>
        <translation>Inform the named reporter</translation>
    </message>
    <message>
        <location filename="../../ui/intake/labels.py" line="144"/>
        <source>收案补正期限</source>
        <translation>Intake completion period</translation>
    </message>
    <message>
        <location filename="../../ui/intake/labels.py" line="152"/>
        <source>确定程序</source>
        <translation>Set the procedure</translation>
    </message>
    <message>
        <location filename="../../ui/intake/labels.py" line="162"/>
        <source>转为处理请求</source>
        <translation>Convert to a request for handling</translation>
    </message>
    <message>
        <location filename="../../ui/intake/labels.py" line="164"/>
        <source>修改分流规则</source>
        <translation>Edit the routing rules</translation>
    </message>
    <message>
        <location filename="../../ui/mediation/case_labels.py" line="13"/>
        <source>侵权赔偿数额</source>
        <translation>Damages for infringement</translation>
    </message>
    <message>
        <location filename="../../ui/mediation/case_labels.py" line="14"/>
        <source>专利申请权/专利权权属</source>
        <translation>Ownership of a patent application or patent</translation>
    </message>
    <message>
        <location filename="../../ui/mediation/case_labels.py" line="15"/>
        <source>发明人、设计人资格</source>
        <translation>Status of inventor or designer</translation>
    </message>
    <message>
        <location filename="../../ui/mediation/case_labels.py" line="16"/>
        <source>职务发明奖励和报酬</source>
        <translation>Rewards and remuneration for service inventions</translation>
    </message>
    <message>
        <location filename="../../ui/mediation/case_labels.py" line="17"/>
        <source>临时保护期使用费</source>
        <translation>Provisional protection fee</translation>
    </message>
    <message>
        <location filename="../../ui/mediation/case_labels.py" line="18"/>
        <source>其他专利纠纷</source>
        <translation>Other patent disputes</translation>
    </message>
    <message>
        <location filename="../../ui/mediation/case_labels.py" line="22"/>
        <source>调解请求已收到</source>
        <translation>Mediation request received</translation>
    </message>
    <message>
        <location filename="../../ui/mediation/case_labels.py" line="23"/>
        <source>等待意见陈述</source>
        <translation>Awaiting the statement of opinion</translation>
    </message>
    <message>
        <location filename="../../ui/mediation/case_labels.py" line="24"/>
        <source>已立案调解中</source>
        <translation>Registered, in mediation</translation>
    </message>
    <message>
        <location filename="../../ui/mediation/case_labels.py" line="25"/>
        <location filename="../../ui/mediation/case_labels.py" line="34"/>
        <source>不予立案</source>
        <translation>Not registered</translation>
    </message>
    <message>
        <location filename="../../ui/mediation/case_labels.py" line="26"/>
        <location filename="../../ui/mediation/case_labels.py" line="38"/>
        <source>达成协议结案</source>
        <translation>Closed by agreement</translation>
    </message>
    <message>
        <location filename="../../ui/mediation/case_labels.py" line="31"/>
        <location filename="../../ui/mediation/case_labels.py" line="89"/>
        <source>送达陈述意见通知书</source>
        <translation>Serve the notice to state opinions</translation>
    </message>
    <message>
        <location filename="../../ui/mediation/case_labels.py" line="32"/>
        <source>收到意见陈述书</source>
        <translation>Statement of opinion received</translation>
    </message>
    <message>
        <location filename="../../ui/mediation/case_labels.py" line="33"/>
        <source>立案并通知调解</source>
        <translation>Register and notify mediation</translation>
    </message>
    <message>
        <location filename="../../ui/mediation/case_labels.py" line="35"/>
        <source>变更调解时间地点</source>
        <translation>Change the mediation time and place</translation>
    </message>
    <message>
        <location filename="../../ui/mediation/case_labels.py" line="36"/>
        <source>请求人未到场（视为撤回）</source>
        <translation>The requester did not appear (deemed withdrawn)</translation>
    </message>
    <message>
        <location filename="../../ui/mediation/case_labels.py" line="37"/>
        <source>被请求人未到场（撤销案件）</source>
        <translation>The respondent did not appear (case revoked)</translation>
    </message>
    <message>
        <location filename="../../ui/mediation/case_labels.py" line="40"/>
        <location filename="../../ui/mediation/case_labels.py" line="112"/>
        <source>申请延长调解期限</source>
        <translation>Request an extension of the mediation period</translation>
    </message>
    <message>
        <location filename="../../ui/mediation/case_labels.py" line="41"/>
        <source>登记抄送国家知识产权局</source>
        <translation>Record the copy to CNIPA</translation>
    </message>
    <message>
        <location filename="../../ui/mediation/case_labels.py" line="45"/>
        <source>未能达成调解协议</source>
        <translation>No mediation agreement reached</translation>
    </message>
    <message>
        <location filename="../../ui/mediation/case_labels.py" line="46"/>
        <source>请求人撤回调解请求</source>
        <translation>The requester withdrew the mediation request</translation>
    </message>
    <message>
        <location filename="../../ui/mediation/case_labels.py" line="47"/>
        <source>请求人无正当理由不参加调解，视为撤回</source>
        <translation>The requester did not attend mediation without good reason; deemed withdrawn</translation>
    </message>
    <message>
        <location filename="../../ui/mediation/case_labels.py" line="48"/>
        <source>被请求人无正当理由不参加调解</source>
        <translation>The respondent did not attend mediation without good reason</translation>
    </message>
    <message>
        <location filename="../../ui/mediation/case_labels.py" line="49"/>
        <source>被请求人不同意调解</source>
        <translation>The respondent does not agree to mediation</translation>
    </message>
    <message>
        <location filename="../../ui/mediation/case_labels.py" line="50"/>
        <source>被请求人逾期未陈述意见</source>
        <translation>The respondent did not state opinions in time</translation>
    </message>
    <message>
        <location filename="../../ui/mediation/case_labels.py" line="55"/>
        <source>未申请</source>
        <translation>Not applied for</translation>
    </message>
    <message>
        <location filename="../../ui/mediation/case_labels.py" line="56"/>
        <source>待部门负责人审批</source>
        <translation>Awaiting the department head&apos;s approval</translation>
    </message>
    <message>
        <location filename="../../ui/mediation/case_labels.py" line="57"/>
        <source>已批准延长1个月</source>
        <translation>Extension of 1 month approved</translation>
    </message>
    <message>
        <location filename="../../ui/mediation/case_labels.py" line="58"/>
        <source>未批准</source>
        <translation>Not approved</translation>
    </message>
    <message>
        <location filename="../../ui/mediation/case_labels.py" line="62"/>
        <location filename="../../ui/mediation/case_labels.py" line="76"/>
        <source>调解事项类别</source>
        <translation>Mediation category</translation>
    </message>
    <message>
        <location filename="../../ui/mediation/case_labels.py" line="63"/>
        <source>请求调解的事项</source>
        <translation>Matters to mediate</translation>
    </message>
    <message>
        <location filename="../../ui/mediation/case_labels.py" line="65"/>
        <source>事实和理由</source>
        <translation>Facts and reasons</translation>
    </message>
    <message>
        <location filename="../../ui/mediation/case_labels.py" line="66"/>
        <source>请求金额</source>
        <translation>Amount claimed</translation>
    </message>
    <message>
        <location filename="../../ui/mediation/case_labels.py" line="67"/>
        <source>被请求人收到日期</source>
        <translation>Date received by the respondent</translation>
    </message>
    <message>
        <location filename="../../ui/mediation/case_labels.py" line="68"/>
        <source>被请求人同意调解</source>
        <translation>The respondent agrees to mediation</translation>
    </message>
    <message>
        <location filename="../../ui/mediation/case_labels.py" line="69"/>
        <source>调解时间</source>
        <translation>Mediation time</translation>
    </message>
    <message>
        <location filename="../../ui/ledger/labels.py" line="19"/>
        <source>案由</source>
        <translation>Cause of action</translation>
    </message>
    <message>
        <location filename="../../ui/ledger/labels.py" line="20"/>
        <source>涉案产品</source>
        <translation>Product in suit</translation>
    </message>
    <message>
        <location filename="../../ui/ledger/labels.py" line="22"/>
        <location filename="../../ui/mediation/case_labels.py" line="70"/>
        <source>结案日期</source>
        <translation>Closing date</translation>
    </message>
    <message>
        <location filename="../../ui/ledger/labels.py" line="23"/>
        <source>结案方式</source>
        <translation>Closing method</translation>
    </message>
    <message>
        <location filename="../../ui/ledger/labels.py" line="28"/>
        <source>案号相同</source>
        <translation>Same case number</translation>
    </message>
    <message>
        <location filename="../../ui/ledger/labels.py" line="29"/>
        <source>专利和当事人相同</source>
        <translation>Same patent and parties</translation>
    </message>
    <message>
        <location filename="../../ui/ledger/labels.py" line="33"/>
        <source>已导入</source>
        <translation>Imported</translation>
    </message>
    <message>
        <location filename="../../ui/ledger/labels.py" line="34"/>
        <source>已撤销</source>
        <translation>Undone</translation>
    </message>
    <message>
        <location filename="../../ui/ledger/labels.py" line="38"/>
        <source>由台账导入</source>
        <translation>Imported from a ledger</translation>
    </message>
    <message>
        <location filename="../../ui/ledger/labels.py" line="39"/>
        <source>按台账更新（合并重复）</source>
        <translation>Update from the ledger (merge duplicates)</translation>
    </message>
    <message>
        <location filename="../../ui/ledger/labels.py" line="40"/>
        <source>撤销台账导入，恢复合并前的内容</source>
        <translation>Undo a ledger import, restoring what was merged</translation>
    </message>
    <message>
        <location filename="../../ui/mediation/case_labels.py" line="71"/>
        <source>抄送日期</source>
        <translation>Date copied</translation>
    </message>
    <message>
        <location filename="../../ui/mediation/case_labels.py" line="72"/>
        <source>认定侵权的裁决（本局）</source>
        <translation>Ruling finding infringement (this office)</translation>
    </message>
    <message>
        <location filename="../../ui/mediation/case_labels.py" line="73"/>
        <source>裁决书/判决书文号</source>
        <translation>Number of the ruling or judgment</translation>
    </message>
    <message>
        <location filename="../../ui/mediation/case_labels.py" line="74"/>
        <source>裁决书/判决书副本</source>
        <translation>Copy of the ruling or judgment</translation>
    </message>
    <message>
        <location filename="../../ui/mediation/case_labels.py" line="75"/>
        <source>调解案号格式</source>
        <translation>Mediation case number format</translation>
    </message>
    <message>
        <location filename="../../ui/mediation/case_labels.py" line="77"/>
        <source>本局人员</source>
        <translation>Office staff</translation>
    </message>
    <message>
        <location filename="../../ui/mediation/case_labels.py" line="78"/>
        <source>专业领域</source>
        <translation>Field of expertise</translation>
    </message>
    <message>
        <location filename="../../ui/mediation/case_labels.py" line="79"/>
        <source>增加</source>
        <translation>Add</translation>
    </message>
    <message>
        <location filename="../../ui/mediation/case_labels.py" line="80"/>
        <source>移除</source>
        <translation>Remove</translation>
    </message>
    <message>
        <location filename="../../ui/mediation/case_labels.py" line="90"/>
        <source>被请求人意见陈述期</source>
        <translation>Respondent&apos;s period for stating opinions</translation>
    </message>
    <message>
        <location filename="../../ui/mediation/case_labels.py" line="91"/>
        <source>调解立案/不予立案通知</source>
        <translation>Notice of registration/non-registration of mediation</translation>
    </message>
    <message>
        <location filename="../../ui/mediation/case_labels.py" line="92"/>
        <source>权属纠纷调解结案期限</source>
        <translation>Closing limit for ownership mediation</translation>
    </message>
    <message>
        <location filename="../../ui/mediation/case_labels.py" line="93"/>
        <source>抄送国家知识产权局</source>
        <translation>Copy to CNIPA</translation>
    </message>
    <message>
        <location filename="../../ui/mediation/case_labels.py" line="99"/>
        <source>登记调解请求</source>
        <translation>Register a mediation request</translation>
    </message>
    <message>
        <location filename="../../ui/mediation/case_labels.py" line="100"/>
        <source>修改调解请求</source>
        <translation>Edit mediation request</translation>
    </message>
    <message>
        <location filename="../../ui/mediation/case_labels.py" line="101"/>
        <location filename="../../ui/mediation/case_labels.py" line="113"/>
        <source>审批延长调解期限</source>
        <translation>Approve extension of the mediation period</translation>
    </message>
    <message>
        <location filename="../../ui/mediation/case_labels.py" line="102"/>
        <location filename="../../ui/mediation/case_labels.py" line="114"/>
        <source>指定调解员</source>
        <translation>Assign a mediator</translation>
    </message>
    <message>
        <location filename="../../ui/mediation/case_labels.py" line="103"/>
        <source>维护调解员库</source>
        <translation>Maintain the mediator pool</translation>
    </message>
    <message>
        <location filename="../../ui/mediation/case_labels.py" line="104"/>
        <source>修改调解案号格式</source>
        <translation>Edit mediation case number format</translation>
    </message>
    <message>
        <location filename="../../ui/mediation/case_labels.py" line="106"/>
        <source>调解案件延长办理期限（权属纠纷，1个月）</source>
        <translation>Extension of a mediation case&apos;s period (ownership dispute, 1 month)</translation>
    </message>
    <message>
        <location filename="../../ui/mediation/labels.py" line="11"/>
        <source>达成一致</source>
        <translation>Agreement reached</translation>
    </message>
    <message>
        <location filename="../../ui/mediation/labels.py" line="12"/>
        <source>未达成一致，继续调解</source>
        <translation>No agreement reached; mediation continues</translation>
    </message>
    <message>
        <location filename="../../ui/mediation/labels.py" line="13"/>
        <source>调解不成</source>
        <translation>Mediation failed</translation>
    </message>
    <message>
        <location filename="../../ui/mediation/labels.py" line="17"/>
        <source>待签署</source>
        <translation>Awaiting signature</translation>
    </message>
    <message>
        <location filename="../../ui/mediation/labels.py" line="18"/>
        <source>已生效</source>
        <translation>In force</translation>
    </message>
    <message>
        <location filename="../../ui/mediation/labels.py" line="19"/>
        <source>签署前反悔，已作废</source>
        <translation>Reneged before signing; void</translation>
    </message>
    <message>
        <location filename="../../ui/mediation/labels.py" line="23"/>
        <source>已申请，待法院裁定</source>
        <translation>Applied, awaiting the court&apos;s ruling</translation>
    </message>
    <message>
        <location filename="../../ui/mediation/labels.py" line="24"/>
        <source>法院裁定确认有效</source>
        <translation>The court confirmed it as valid</translation>
    </message>
    <message>
        <location filename="../../ui/mediation/labels.py" line="25"/>
        <source>法院裁定驳回申请</source>
        <translation>The court dismissed the application</translation>
    </message>
    <message>
        <location filename="../../ui/mediation/labels.py" line="34"/>
        <source>保存协议条款</source>
        <translation>Save the agreement&apos;s terms</translation>
    </message>
    <message>
        <location filename="../../ui/mediation/labels.py" line="35"/>
        <source>当事人签署</source>
        <translation>Party signatures</translation>
    </message>
    <message>
        <location filename="../../ui/mediation/labels.py" line="36"/>
        <source>当事人签署前反悔</source>
        <translation>A party reneged before signing</translation>
    </message>
    <message>
        <location filename="../../ui/mediation/labels.py" line="40"/>
        <source>司法确认申请期限</source>
        <translation>Time limit to apply for judicial confirmation</translation>
    </message>
    <message>
        <location filename="../../ui/mediation/labels.py" line="41"/>
        <source>调解协议分期履行</source>
        <translation>Payment of the mediation agreement by instalments</translation>
    </message>
    <message>
        <location filename="../../ui/mediation/labels.py" line="45"/>
        <source>记录调解</source>
        <translation>Record mediation</translation>
    </message>
    <message>
        <location filename="../../ui/mediation/labels.py" line="46"/>
        <source>保存调解协议</source>
        <translation>Save the mediation agreement</translation>
    </message>
    <message>
        <location filename="../../ui/mediation/labels.py" line="47"/>
        <source>登记当事人签署</source>
        <translation>Record party signatures</translation>
    </message>
    <message>
        <location filename="../../ui/mediation/labels.py" line="48"/>
        <source>当事人反悔</source>
        <translation>Party reneges</translation>
    </message>
    <message>
        <location filename="../../ui/mediation/labels.py" line="49"/>
        <source>提交调解结案审批</source>
        <translation>Submit for approval of closing by mediation</translation>
    </message>
    <message>
        <location filename="../../ui/mediation/labels.py" line="50"/>
        <source>登记司法确认</source>
        <translation>Record judicial confirmation</translation>
    </message>
    <message>
        <location filename="../../ui/mediation/labels.py" line="51"/>
        <source>登记履行</source>
        <translation>Record performance</translation>
    </message>
    <message>
        <location filename="../../ui/mediation/labels.py" line="55"/>
        <source>调解</source>
        <translation>Mediation</translation>
    </message>
    <message>
        <location filename="../../ui/mediation/labels.py" line="56"/>
        <source>调解协议</source>
        <translation>Mediation agreement</translation>
    </message>
    <message>
        <location filename="../../ui/mediation/labels.py" line="57"/>
        <source>司法确认</source>
        <translation>Judicial confirmation</translation>
    </message>
    <message>
        <location filename="../../ui/mediation/labels.py" line="58"/>
        <source>调解协议履行</source>
        <translation>Performance of the mediation agreement</translation>
    </message>
    <message>
        <location filename="../../ui/mediation/labels.py" line="63"/>
        <source>调解日期</source>
        <translation>Mediation date</translation>
    </message>
    <message>
        <location filename="../../ui/mediation/labels.py" line="65"/>
        <source>调解员</source>
        <translation>Mediator</translation>
    </message>
    <message>
        <location filename="../../ui/mediation/labels.py" line="66"/>
        <source>请求人方案</source>
        <translation>Requester&apos;s proposal</translation>
    </message>
    <message>
        <location filename="../../ui/mediation/labels.py" line="67"/>
        <source>被请求人方案</source>
        <translation>Respondent&apos;s proposal</translation>
    </message>
    <message>
        <location filename="../../ui/mediation/labels.py" line="68"/>
        <source>调解结果</source>
        <translation>Outcome of the mediation</translation>
    </message>
    <message>
        <location filename="../../ui/mediation/labels.py" line="69"/>
        <source>停止的行为</source>
        <translation>Acts stopped</translation>
    </message>
    <message>
        <location filename="../../ui/mediation/labels.py" line="70"/>
        <source>停止日期</source>
        <translation>Date stopped</translation>
    </message>
    <message>
        <location filename="../../ui/mediation/labels.py" line="71"/>
        <source>销毁、撤回、删除</source>
        <translation>Destruction, withdrawal, removal</translation>
    </message>
    <message>
        <location filename="../../ui/mediation/labels.py" line="72"/>
        <source>赔偿数额</source>
        <translation>Damages</translation>
    </message>
    <message>
        <location filename="../../ui/mediation/labels.py" line="73"/>
        <source>分期履行</source>
        <translation>Payment by instalments</translation>
    </message>
    <message>
        <location filename="../../ui/mediation/labels.py" line="74"/>
        <location filename="../../ui/publication/labels.py" line="12"/>
        <source>金额</source>
        <translation>Amount</translation>
    </message>
    <message>
        <location filename="../../ui/mediation/labels.py" line="75"/>
        <source>到期日</source>
        <translation>Due date</translation>
    </message>
    <message>
        <location filename="../../ui/mediation/labels.py" line="77"/>
        <source>其他条款</source>
        <translation>Other terms</translation>
    </message>
    <message>
        <location filename="../../ui/mediation/labels.py" line="78"/>
        <location filename="../../ui/mediation/labels.py" line="79"/>
        <source>签署人</source>
        <translation>Signatory</translation>
    </message>
    <message>
        <location filename="../../ui/mediation/labels.py" line="80"/>
        <source>签署日期</source>
        <translation>Date signed</translation>
    </message>
    <message>
        <location filename="../../ui/mediation/labels.py" line="81"/>
        <source>反悔的当事人</source>
        <translation>Party reneging</translation>
    </message>
    <message>
        <location filename="../../ui/mediation/labels.py" line="82"/>
        <source>反悔理由</source>
        <translation>Reason for reneging</translation>
    </message>
    <message>
        <location filename="../../ui/mediation/labels.py" line="83"/>
        <source>反悔日期</source>
        <translation>Date reneged</translation>
    </message>
    <message>
        <location filename="../../ui/mediation/labels.py" line="85"/>
        <location filename="../../ui/mediation/labels.py" line="94"/>
        <source>受理法院</source>
        <translation>Court seized</translation>
    </message>
    <message>
        <location filename="../../ui/mediation/labels.py" line="87"/>
        <source>司法确认结果</source>
        <translation>Result of judicial confirmation</translation>
    </message>
    <message>
        <location filename="../../ui/mediation/labels.py" line="88"/>
        <location filename="../../ui/mediation/labels.py" line="96"/>
        <source>裁定日期</source>
        <translation>Date of the court&apos;s ruling</translation>
    </message>
    <message>
        <location filename="../../ui/mediation/labels.py" line="89"/>
        <source>付款日期</source>
        <translation>Payment date</translation>
    </message>
    <message>
        <location filename="../../ui/mediation/labels.py" line="90"/>
        <source>付款金额</source>
        <translation>Payment amount</translation>
    </message>
    <message>
        <location filename="../../ui/cases/labels.py" line="101"/>
        <location filename="../../ui/mediation/labels.py" line="92"/>
        <source>协议编号</source>
        <translation>Agreement number</translation>
    </message>
    <message>
        <location filename="../../ui/mediation/labels.py" line="97"/>
        <source>期数</source>
        <translation>Instalments</translation>
    </message>
    <message>
        <location filename="../../ui/statistics/labels.py" line="11"/>
        <source>裁决：侵权成立</source>
        <translation>Ruling: infringement established</translation>
    </message>
    <message>
        <location filename="../../ui/statistics/labels.py" line="12"/>
        <source>裁决：驳回请求</source>
        <translation>Ruling: request dismissed</translation>
    </message>
    <message>
        <location filename="../../ui/statistics/labels.py" line="14"/>
        <source>撤回</source>
        <translation>Withdraw</translation>
    </message>
    <message>
        <location filename="../../ui/statistics/labels.py" line="15"/>
        <source>撤销（其他事由）</source>
        <translation>Revoked (other reasons)</translation>
    </message>
    <message>
        <location filename="../../ui/statistics/labels.py" line="18"/>
        <source>立案前撤回</source>
        <translation>Withdrawn before registration</translation>
    </message>
    <message>
        <location filename="../../ui/recusal/labels.py" line="9"/>
        <source>是涉案当事人或者当事人、代理人的近亲属</source>
        <translation>Is a party, or a near relative of a party or agent</translation>
    </message>
    <message>
        <location filename="../../ui/recusal/labels.py" line="10"/>
        <source>与涉案专利申请或者专利权有利害关系</source>
        <translation>Has an interest in the patent application or patent in suit</translation>
    </message>
    <message>
        <location filename="../../ui/recusal/labels.py" line="11"/>
        <source>是涉案专利的专利代理师或者审查员</source>
        <translation>Was the patent attorney or examiner of the patent in suit</translation>
    </message>
    <message>
        <location filename="../../ui/recusal/labels.py" line="12"/>
        <source>与案件有其他利害关系，可能影响公正处理</source>
        <translation>Has another interest in the case that may affect a fair handling</translation>
    </message>
    <message>
        <location filename="../../ui/recusal/labels.py" line="13"/>
        <source>接受请客送礼或者违反规定会见当事人、代理人</source>
        <translation>Accepted gifts or hospitality, or met a party or agent against the rules</translation>
    </message>
    <message>
        <location filename="../../ui/recusal/labels.py" line="26"/>
        <source>待决定（被申请人暂停参与本案）</source>
        <translation>Pending (the person challenged takes no part in the case)</translation>
    </message>
    <message>
        <location filename="../../ui/recusal/labels.py" line="27"/>
        <location filename="../../ui/recusal/labels.py" line="67"/>
        <source>决定回避</source>
        <translation>Recuse</translation>
    </message>
    <message>
        <location filename="../../ui/recusal/labels.py" line="28"/>
        <source>驳回申请</source>
        <translation>Dismiss the application</translation>
    </message>
    <message>
        <location filename="../../ui/recusal/labels.py" line="32"/>
        <source>在知道名单之日起的期限内</source>
        <translation>Within the period from learning the names</translation>
    </message>
    <message>
        <location filename="../../ui/recusal/labels.py" line="33"/>
        <source>在口头审理开始时以前</source>
        <translation>Before the oral hearing begins</translation>
    </message>
    <message>
        <location filename="../../ui/recusal/labels.py" line="34"/>
        <source>口审开始后知道的事由，口审终结前提出</source>
        <translation>Grounds learned after the hearing began: raise before it ends</translation>
    </message>
    <message>
        <location filename="../../ui/recusal/labels.py" line="38"/>
        <source>非口审现场（书面或到局提出）</source>
        <translation>Not at the hearing (in writing or at the office)</translation>
    </message>
    <message>
        <location filename="../../ui/recusal/labels.py" line="39"/>
        <source>口审开始时（询问是否申请回避时）</source>
        <translation>At the start of the hearing (when asked about recusal)</translation>
    </message>
    <message>
        <location filename="../../ui/recusal/labels.py" line="40"/>
        <source>口审进行中（事由在口审开始后知道）</source>
        <translation>Hearing in progress (ground learned after it began)</translation>
    </message>
    <message>
        <location filename="../../ui/recusal/labels.py" line="45"/>
        <source>登记回避申请</source>
        <translation>Record a recusal application</translation>
    </message>
    <message>
        <location filename="../../ui/recusal/labels.py" line="46"/>
        <source>决定回避申请</source>
        <translation>Decide the recusal application</translation>
    </message>
    <message>
        <location filename="../../ui/recusal/labels.py" line="50"/>
        <location filename="../../ui/recusal/labels.py" line="72"/>
        <source>回避申请</source>
        <translation>Recusal application</translation>
    </message>
    <message>
        <location filename="../../ui/recusal/labels.py" line="51"/>
        <source>回避决定</source>
        <translation>Recusal decision</translation>
    </message>
    <message>
        <location filename="../../ui/recusal/labels.py" line="55"/>
        <location filename="../../ui/recusal/labels.py" line="56"/>
        <source>申请人</source>
        <translation>Applicant</translation>
    </message>
    <message>
        <location filename="../../ui/recusal/labels.py" line="57"/>
        <location filename="../../ui/recusal/labels.py" line="58"/>
        <source>被申请回避人员</source>
        <translation>Person challenged</translation>
    </message>
    <message>
        <location filename="../../ui/recusal/labels.py" line="59"/>
        <source>被申请回避人员姓名</source>
        <translation>Name of the person challenged</translation>
    </message>
    <message>
        <location filename="../../ui/recusal/labels.py" line="60"/>
        <source>身份</source>
        <translation>Capacity</translation>
    </message>
    <message>
        <location filename="../../ui/recusal/labels.py" line="61"/>
        <source>回避事由</source>
        <translation>Ground for recusal</translation>
    </message>
    <message>
        <location filename="../../ui/recusal/labels.py" line="62"/>
        <source>知道名单日期</source>
        <translation>Date the names were learned</translation>
    </message>
    <message>
        <location filename="../../ui/recusal/labels.py" line="63"/>
        <source>口审</source>
        <translation>Hearing</translation>
    </message>
    <message>
        <location filename="../../ui/recusal/labels.py" line="64"/>
        <source>提出场合</source>
        <translation>Raised when</translation>
    </message>
    <message>
        <location filename="../../ui/recusal/labels.py" line="65"/>
        <source>提出时间</source>
        <translation>Time raised</translation>
    </message>
    <message>
        <location filename="../../ui/recusal/labels.py" line="66"/>
        <source>口头提出</source>
        <translation>Raised orally</translation>
    </message>
    <message>
        <location filename="../../ui/recusal/labels.py" line="69"/>
        <source>更换为</source>
        <translation>Replace with</translation>
    </message>
    <message>
        <location filename="../../ui/recusal/labels.py" line="70"/>
        <location filename="../../ui/recusal/labels.py" line="71"/>
        <source>更换人员</source>
        <translation>Replace a member</translation>
    </message>
    <message>
        <location filename="../../ui/publication/labels.py" line="11"/>
        <source>银行账号</source>
        <translation>Bank account</translation>
    </message>
    <message>
        <location filename="../../ui/publication/labels.py" line="13"/>
        <location filename="../../ui/publication/labels.py" line="62"/>
        <source>当事人申请不予公开</source>
        <translation>Party&apos;s confidentiality request</translation>
    </message>
    <message>
        <location filename="../../ui/publication/labels.py" line="14"/>
        <source>手工隐去</source>
        <translation>Masked by hand</translation>
    </message>
    <message>
        <location filename="../../ui/publication/labels.py" line="18"/>
        <source>待批准</source>
        <translation>Awaiting approval</translation>
    </message>
    <message>
        <location filename="../../ui/publication/labels.py" line="19"/>
        <source>已公开</source>
        <translation>Published</translation>
    </message>
    <message>
        <location filename="../../ui/publication/labels.py" line="20"/>
        <source>已退回</source>
        <translation>Returned</translation>
    </message>
    <message>
        <location filename="../../ui/publication/labels.py" line="24"/>
        <location filename="../../ui/publication/labels.py" line="34"/>
        <source>隐去内容</source>
        <translation>Masked content</translation>
    </message>
    <message>
        <location filename="../../ui/publication/labels.py" line="25"/>
        <source>所更正的公开版本</source>
        <translation>Published version corrected</translation>
    </message>
    <message>
        <location filename="../../ui/publication/labels.py" line="26"/>
        <location filename="../../ui/publication/labels.py" line="30"/>
        <source>公开版本</source>
        <translation>Published versions</translation>
    </message>
    <message>
        <location filename="../../ui/publication/labels.py" line="28"/>
        <source>判决书案号</source>
        <translation>Judgment case number</translation>
    </message>
    <message>
        <location filename="../../ui/publication/labels.py" line="31"/>
        <source>更正并替代</source>
        <translation>Corrects and replaces</translation>
    </message>
    <message>
        <location filename="../../ui/publication/labels.py" line="32"/>
        <source>更正理由</source>
        <translation>Reason for the correction</translation>
    </message>
    <message>
        <location filename="../../ui/publication/labels.py" line="33"/>
        <source>注意</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../ui/publication/labels.py" line="35"/>
        <source>公开文本</source>
        <translation>Published text</translation>
    </message>
    <message>
        <location filename="../../ui/publication/labels.py" line="39"/>
        <source>不予公开的内容</source>
        <translation>Content not to publish</translation>
    </message>
    <message>
        <location filename="../../ui/publication/labels.py" line="40"/>
        <source>不予公开的金额</source>
        <translation>Amounts not to publish</translation>
    </message>
    <message>
        <location filename="../../ui/publication/labels.py" line="41"/>
        <source>申请不予公开</source>
        <translation>Confidentiality request</translation>
    </message>
    <message>
        <location filename="../../ui/publication/labels.py" line="46"/>
        <location filename="../../ui/publication/labels.py" line="56"/>
        <source>报请公开裁决书</source>
        <translation>Submit the ruling for publication</translation>
    </message>
    <message>
        <location filename="../../ui/publication/labels.py" line="47"/>
        <source>审批公开裁决书</source>
        <translation>Approve publication of the ruling</translation>
    </message>
    <message>
        <location filename="../../ui/publication/labels.py" line="48"/>
        <source>修改已公开的版本</source>
        <translation>Change a published version</translation>
    </message>
    <message>
        <location filename="../../ui/publication/labels.py" line="49"/>
        <source>标记典型案例</source>
        <translation>Mark typical case</translation>
    </message>
    <message>
        <location filename="../../ui/publication/labels.py" line="50"/>
        <source>登记当事人不予公开申请</source>
        <translation>Record a party&apos;s confidentiality request</translation>
    </message>
    <message>
        <location filename="../../ui/publication/labels.py" line="51"/>
        <location filename="../../ui/publication/labels.py" line="63"/>
        <source>删除当事人不予公开申请</source>
        <translation>Delete a party&apos;s confidentiality request</translation>
    </message>
    <message>
        <location filename="../../ui/publication/labels.py" line="52"/>
        <source>登记裁决变更/撤销</source>
        <translation>Record a ruling changed/revoked</translation>
    </message>
    <message>
        <location filename="../../ui/publication/labels.py" line="57"/>
        <source>公开版本被退回</source>
        <translation>Published version returned</translation>
    </message>
    <message>
        <location filename="../../ui/publication/labels.py" line="58"/>
        <source>裁决书已公开</source>
        <translation>Ruling published</translation>
    </message>
    <message>
        <location filename="../../ui/publication/labels.py" line="59"/>
        <source>标记为典型案例</source>
        <translation>Mark as typical case</translation>
    </message>
    <message>
        <location filename="../../ui/publication/labels.py" line="60"/>
        <source>取消典型案例</source>
        <translation>Unmark typical case</translation>
    </message>
    <message>
        <location filename="../../ui/publication/labels.py" line="61"/>
        <source>裁决被变更/撤销</source>
        <translation>Ruling changed/revoked</translation>
    </message>
    <message>
        <location filename="../../ui/publication/labels.py" line="67"/>
        <source>变更</source>
        <translation>Change</translation>
    </message>
    <message>
        <location filename="../../ui/publication/labels.py" line="68"/>
        <source>撤销</source>
        <translation>Undo</translation>
    </message>
    <message>
        <location filename="../../ui/credit/labels.py" line="9"/>
        <source>重复专利侵权行为</source>
        <translation>Repeated patent infringement</translation>
    </message>
    <message>
        <location filename="../../ui/credit/labels.py" line="10"/>
        <source>不依法执行行政裁决</source>
        <translation>Failure to comply with an administrative ruling</translation>
    </message>
    <message>
        <location filename="../../ui/credit/labels.py" line="14"/>
        <source>认定中</source>
        <translation>Being identified</translation>
    </message>
    <message>
        <location filename="../../ui/credit/labels.py" line="15"/>
        <source>待审批列入</source>
        <translation>Listing awaiting approval</translation>
    </message>
    <message>
        <location filename="../../ui/credit/labels.py" line="16"/>
        <source>已列入</source>
        <translation>Listed</translation>
    </message>
    <message>
        <location filename="../../ui/credit/labels.py" line="17"/>
        <source>不予列入</source>
        <translation>Not listed</translation>
    </message>
    <message>
        <location filename="../../ui/credit/labels.py" line="18"/>
        <source>信用修复审查中</source>
        <translation>Credit repair under review</translation>
    </message>
    <message>
        <location filename="../../ui/credit/labels.py" line="19"/>
        <source>已移出</source>
        <translation>Removed</translation>
    </message>
    <message>
        <location filename="../../ui/credit/labels.py" line="23"/>
        <source>陈述申辩期</source>
        <translation>Period to state views</translation>
    </message>
    <message>
        <location filename="../../ui/credit/labels.py" line="24"/>
        <location filename="../../ui/credit/labels.py" line="67"/>
        <source>报请列入</source>
        <translation>Submit for listing</translation>
    </message>
    <message>
        <location filename="../../ui/credit/labels.py" line="25"/>
        <location filename="../../ui/credit/labels.py" line="33"/>
        <location filename="../../ui/credit/labels.py" line="69"/>
        <source>期满移出</source>
        <translation>Remove at the end of the period</translation>
    </message>
    <message>
        <location filename="../../ui/credit/labels.py" line="26"/>
        <location filename="../../ui/credit/labels.py" line="71"/>
        <location filename="../../ui/credit/labels.py" line="83"/>
        <source>信用修复决定</source>
        <translation>Credit repair decision</translation>
    </message>
    <message>
        <location filename="../../ui/credit/labels.py" line="30"/>
        <source>⚠ %1 在失信名单上（%2，%3，依据 %4）</source>
        <translation>⚠ %1 is on the credit blacklist (%2, %3, under %4)</translation>
    </message>
    <message>
        <location filename="../../ui/credit/labels.py" line="34"/>
        <source>信用修复</source>
        <translation>Credit repair</translation>
    </message>
    <message>
        <location filename="../../ui/credit/labels.py" line="38"/>
        <source>起诉期限届满未起诉</source>
        <translation>Suit period ended without a suit</translation>
    </message>
    <message>
        <location filename="../../ui/credit/labels.py" line="39"/>
        <source>当事人已起诉</source>
        <translation>The party has sued</translation>
    </message>
    <message>
        <location filename="../../ui/credit/labels.py" line="40"/>
        <source>当事人未履行裁决</source>
        <translation>The party has not complied with the ruling</translation>
    </message>
    <message>
        <location filename="../../ui/credit/labels.py" line="41"/>
        <source>催告书已送达</source>
        <translation>Demand letter served</translation>
    </message>
    <message>
        <location filename="../../ui/credit/labels.py" line="42"/>
        <source>本机关已申请法院强制执行</source>
        <translation>This office has applied to the court for enforcement</translation>
    </message>
    <message>
        <location filename="../../ui/credit/labels.py" line="43"/>
        <source>权利人已申请法院强制执行</source>
        <translation>The right holder has applied to the court for enforcement</translation>
    </message>
    <message>
        <location filename="../../ui/credit/labels.py" line="44"/>
        <source>当事人已履行</source>
        <translation>The party has complied</translation>
    </message>
    <message>
        <location filename="../../ui/credit/labels.py" line="48"/>
        <source>申请强制执行期限</source>
        <translation>Time limit to apply for enforcement</translation>
    </message>
    <message>
        <location filename="../../ui/credit/labels.py" line="49"/>
        <source>送达催告书</source>
        <translation>Serve the demand letter</translation>
    </message>
    <message>
        <location filename="../../ui/credit/labels.py" line="50"/>
        <source>催告履行期</source>
        <translation>Period to comply after the demand</translation>
    </message>
    <message>
        <location filename="../../ui/credit/labels.py" line="51"/>
        <source>权利人申请强制执行期限</source>
        <translation>Time limit for the right holder to apply for enforcement</translation>
    </message>
    <message>
        <location filename="../../ui/credit/labels.py" line="55"/>
        <source>失信行为</source>
        <translation>Untrustworthy conduct</translation>
    </message>
    <message>
        <location filename="../../ui/credit/labels.py" line="56"/>
        <source>认定事实</source>
        <translation>Facts found</translation>
    </message>
    <message>
        <location filename="../../ui/credit/labels.py" line="57"/>
        <source>陈述申辩意见</source>
        <translation>Statement of views</translation>
    </message>
    <message>
        <location filename="../../ui/credit/labels.py" line="58"/>
        <source>执行环节</source>
        <translation>Enforcement step</translation>
    </message>
    <message>
        <location filename="../../ui/credit/labels.py" line="63"/>
        <source>记录执行环节</source>
        <translation>Record an enforcement step</translation>
    </message>
    <message>
        <location filename="../../ui/credit/labels.py" line="64"/>
        <location filename="../../ui/credit/labels.py" line="76"/>
        <source>失信认定</source>
        <translation>Credit identification</translation>
    </message>
    <message>
        <location filename="../../ui/credit/labels.py" line="65"/>
        <source>告知书送达</source>
        <translation>Notice served</translation>
    </message>
    <message>
        <location filename="../../ui/credit/labels.py" line="66"/>
        <source>陈述申辩</source>
        <translation>Statement of views</translation>
    </message>
    <message>
        <location filename="../../ui/credit/labels.py" line="68"/>
        <source>审批列入</source>
        <translation>Approve listing</translation>
    </message>
    <message>
        <location filename="../../ui/credit/labels.py" line="70"/>
        <location filename="../../ui/credit/labels.py" line="82"/>
        <source>信用修复申请</source>
        <translation>Credit repair application</translation>
    </message>
    <message>
        <location filename="../../ui/credit/labels.py" line="77"/>
        <source>失信告知书送达</source>
        <translation>Credit notice served</translation>
    </message>
    <message>
        <location filename="../../ui/credit/labels.py" line="78"/>
        <source>收到陈述申辩</source>
        <translation>Statement received</translation>
    </message>
    <message>
        <location filename="../../ui/credit/labels.py" line="79"/>
        <source>报请列入失信名单</source>
        <translation>Submit for listing on the credit blacklist</translation>
    </message>
    <message>
        <location filename="../../ui/credit/labels.py" line="80"/>
        <source>列入失信名单审批</source>
        <translation>Approval of credit listing</translation>
    </message>
    <message>
        <location filename="../../ui/credit/labels.py" line="81"/>
        <source>期满移出失信名单</source>
        <translation>Remove from the credit blacklist at the end of the period</translation>
    </message>
    <message>
        <location filename="../../ui/satisfaction/labels.py" line="7"/>
        <source>办案程序</source>
        <translation>Procedure</translation>
    </message>
    <message>
        <location filename="../../ui/satisfaction/labels.py" line="8"/>
        <source>办案时限</source>
        <translation>Handling time</translation>
    </message>
    <message>
        <location filename="../../ui/satisfaction/labels.py" line="9"/>
        <source>公正廉洁</source>
        <translation>Fairness and integrity</translation>
    </message>
    <message>
        <location filename="../../ui/satisfaction/labels.py" line="10"/>
        <source>处理结果</source>
        <translation>Outcome</translation>
    </message>
    <message>
        <location filename="../../ui/satisfaction/labels.py" line="14"/>
        <source>非常满意</source>
        <translation>Very satisfied</translation>
    </message>
    <message>
        <location filename="../../ui/satisfaction/labels.py" line="15"/>
        <source>满意</source>
        <translation>Satisfied</translation>
    </message>
    <message>
        <location filename="../../ui/satisfaction/labels.py" line="16"/>
        <source>基本满意</source>
        <translation>Fairly satisfied</translation>
    </message>
    <message>
        <location filename="../../ui/satisfaction/labels.py" line="17"/>
        <source>不满意</source>
        <translation>Dissatisfied</translation>
    </message>
    <message>
        <location filename="../../ui/satisfaction/labels.py" line="18"/>
        <source>非常不满意</source>
        <translation>Very dissatisfied</translation>
    </message>
    <message>
        <location filename="../../ui/satisfaction/labels.py" line="20"/>
        <source>未作答</source>
        <translation>No answer</translation>
    </message>
    <message>
        <location filename="../../ui/satisfaction/labels.py" line="28"/>
        <source>电话回访</source>
        <translation>Telephone survey</translation>
    </message>
    <message>
        <location filename="../../ui/satisfaction/labels.py" line="29"/>
        <source>纸质调查表</source>
        <translation>Paper form</translation>
    </message>
    <message>
        <location filename="../../ui/satisfaction/labels.py" line="33"/>
        <source>按机关</source>
        <translation>By office</translation>
    </message>
    <message>
        <location filename="../../ui/satisfaction/labels.py" line="34"/>
        <source>按承办人</source>
        <translation>By officer</translation>
    </message>
    <message>
        <location filename="../../ui/satisfaction/labels.py" line="35"/>
        <source>按月份</source>
        <translation>By month</translation>
    </message>
    <message>
        <location filename="../../ui/satisfaction/labels.py" line="36"/>
        <source>按专利类型</source>
        <translation>By patent type</translation>
    </message>
    <message>
        <location filename="../../ui/satisfaction/labels.py" line="41"/>
        <source>回访方式</source>
        <translation>Survey method</translation>
    </message>
    <message>
        <location filename="../../ui/satisfaction/labels.py" line="42"/>
        <source>回访日期</source>
        <translation>Survey date</translation>
    </message>
    <message>
        <location filename="../../ui/satisfaction/labels.py" line="46"/>
        <source>满意度回访</source>
        <translation>Satisfaction survey</translation>
    </message>
    <message>
        <location filename="../../ui/satisfaction/labels.py" line="50"/>
        <source>录入满意度回访</source>
        <translation>Record a satisfaction survey</translation>
    </message>
    <message>
        <location filename="../../ui/sync/labels.py" line="12"/>
        <source>收案</source>
        <translation>Intake item</translation>
    </message>
    <message>
        <location filename="../../ui/sync/labels.py" line="13"/>
        <source>调解案件</source>
        <translation>Mediation cases</translation>
    </message>
    <message>
        <location filename="../../ui/sync/labels.py" line="17"/>
        <source>外出中</source>
        <translation>Out</translation>
    </message>
    <message>
        <location filename="../../ui/sync/labels.py" line="18"/>
        <source>已结束外出</source>
        <translation>Check-out ended</translation>
    </message>
    <message>
        <location filename="../../ui/sync/labels.py" line="19"/>
        <source>已全部签入</source>
        <translation>Fully checked in</translation>
    </message>
    <message>
        <location filename="../../ui/sync/labels.py" line="24"/>
        <source>待发送</source>
        <translation>Waiting to be sent</translation>
    </message>
    <message>
        <location filename="../../ui/sync/labels.py" line="25"/>
        <source>已签入</source>
        <translation>Checked in</translation>
    </message>
    <message>
        <location filename="../../ui/sync/labels.py" line="26"/>
        <source>修改后签入</source>
        <translation>Adapted</translation>
    </message>
    <message>
        <location filename="../../ui/sync/labels.py" line="27"/>
        <source>被拒绝</source>
        <translation>Refused</translation>
    </message>
    <message>
        <location filename="../../ui/sync/labels.py" line="28"/>
        <source>待单位处理（冲突）</source>
        <translation>Waiting for the office (conflict)</translation>
    </message>
    <message>
        <location filename="../../ui/sync/labels.py" line="29"/>
        <location filename="../../ui/sync/labels.py" line="37"/>
        <source>已舍弃</source>
        <translation>Dropped</translation>
    </message>
    <message>
        <location filename="../../ui/sync/labels.py" line="30"/>
        <source>此前已签入</source>
        <translation>Checked in before</translation>
    </message>
    <message>
        <location filename="../../ui/sync/labels.py" line="35"/>
        <source>已照原样执行</source>
        <translation>Applied as made</translation>
    </message>
    <message>
        <location filename="../../ui/sync/labels.py" line="36"/>
        <source>已修改后执行</source>
        <translation>Applied as adapted</translation>
    </message>
    <message>
        <location filename="../../ui/sync/labels.py" line="41"/>
        <source>照原样执行</source>
        <translation>Apply as made</translation>
    </message>
    <message>
        <location filename="../../ui/sync/labels.py" line="42"/>
        <source>修改后执行</source>
        <translation>Adapt and apply</translation>
    </message>
    <message>
        <location filename="../../ui/sync/labels.py" line="43"/>
        <source>舍弃</source>
        <translation>Drop</translation>
    </message>
    <message>
        <location filename="../../ui/sync/labels.py" line="47"/>
        <source>检出到笔记本</source>
        <translation>Check out to a laptop</translation>
    </message>
    <message>
        <location filename="../../ui/sync/labels.py" line="48"/>
        <source>签入</source>
        <translation>Check in</translation>
    </message>
    <message>
        <location filename="../../ui/sync/labels.py" line="49"/>
        <source>处理冲突</source>
        <translation>Decide a conflict</translation>
    </message>
    <message>
        <location filename="../../ui/sync/labels.py" line="50"/>
        <source>结束外出办案</source>
        <translation>End field check-out</translation>
    </message>
    <message>
        <location filename="../../ui/sync/labels.py" line="51"/>
        <source>外出办案提醒设置</source>
        <translation>Field work reminders</translation>
    </message>
    <message>
        <location filename="../../ui/sync/labels.py" line="55"/>
        <source>笔记本名称</source>
        <translation>Laptop name</translation>
    </message>
    <message>
        <location filename="../../ui/sync/labels.py" line="56"/>
        <source>预计返回日期</source>
        <translation>Expected return date</translation>
    </message>
    <message>
        <location filename="../../ui/sync/labels.py" line="57"/>
        <source>口令</source>
        <translation>Passphrase</translation>
    </message>
    <message>
        <location filename="../../ui/sync/labels.py" line="58"/>
        <source>签入包文件</source>
        <translation>Check-in package file</translation>
    </message>
    <message>
        <location filename="../../ui/sync/labels.py" line="59"/>
        <source>外出办案记录</source>
        <translation>Field check-out</translation>
    </message>
    <message>
        <location filename="../../ui/sync/labels.py" line="60"/>
        <source>检出的案件</source>
        <translation>Checked-out cases</translation>
    </message>
    <message>
        <location filename="../../ui/sync/labels.py" line="61"/>
        <source>预留文号</source>
        <translation>Reserved document numbers</translation>
    </message>
    <message>
        <location filename="../../ui/sync/labels.py" line="62"/>
        <source>检出包文件</source>
        <translation>Check-out package file</translation>
    </message>
    <message>
        <location filename="../../ui/sync/labels.py" line="63"/>
        <source>再次输入口令</source>
        <translation>Confirm passphrase</translation>
    </message>
    <message>
        <location filename="../../ui/sync/labels.py" line="64"/>
        <source>再次输入密码</source>
        <translation>Password again</translation>
    </message>
    <message>
        <location filename="../../ui/sync/labels.py" line="65"/>
        <source>未签入提醒天数</source>
        <translation>Days without check-in before a reminder</translation>
    </message>
    <message>
        <location filename="../../ui/sync/labels.py" line="69"/>
        <source>临时编号：在笔记本上登记，签入单位数据库后取得正式编号</source>
        <translation>Provisional number: registered on a laptop; the office number is given at check-in to the office database</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../../main.py" line="55"/>
        <source>另一个窗口正在创建演示数据，请稍候…</source>
        <translation>Another window is creating the demo data; please wait…</translation>
    </message>
    <message>
        <location filename="../../main.py" line="58"/>
        <source>正在创建演示数据（仅首次运行）…</source>
        <translation>Creating the demo data (first run only)…</translation>
    </message>
    <message>
        <location filename="../../main.py" line="69"/>
        <source>正在准备数据库（首次运行会创建演示数据）…</source>
        <translation>Preparing the database (the first run creates demo data)…</translation>
    </message>
    <message>
        <location filename="../../main.py" line="72"/>
        <source>专利侵权纠纷行政裁决案件管理</source>
        <translation>Patent Infringement Administrative Adjudication Case Management</translation>
    </message>
    <message>
        <location filename="../../main.py" line="271"/>
        <source>数据库尚未初始化</source>
        <translation>The database has not been initialised</translation>
    </message>
</context>
<context>
    <name>parent</name>
    <message>
        <location filename="../../ui/documents/case_tab.py" line="273"/>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../ui/documents/case_tab.py" line="284"/>
        <source>正在签发文书…</source>
        <translation>Issuing documents…</translation>
    </message>
</context>
<context>
    <name>statistics</name>
    <message>
        <location filename="../../../../tmp/ipcase-core-texts-k9z5sttf/core_texts.py" line="3"/>
        <source>收案</source>
        <translation>Received</translation>
    </message>
    <message>
        <location filename="../../../../tmp/ipcase-core-texts-k9z5sttf/core_texts.py" line="4"/>
        <source>期间内收到的处理请求（请求书）件数，按收到日期。</source>
        <translation>Requests for handling received in the period, by date received.</translation>
    </message>
    <message>
        <location filename="../../../../tmp/ipcase-core-texts-k9z5sttf/core_texts.py" line="5"/>
        <source>立案</source>
        <translation>Registered</translation>
    </message>
    <message>
        <location filename="../../../../tmp/ipcase-core-texts-k9z5sttf/core_texts.py" line="6"/>
        <source>期间内立案的专利侵权纠纷案件数，按立案日期。</source>
        <translation>Patent infringement cases registered in the period, by registration date.</translation>
    </message>
    <message>
        <location filename="../../../../tmp/ipcase-core-texts-k9z5sttf/core_texts.py" line="7"/>
        <source>不予受理</source>
        <translation>Not accepted</translation>
    </message>
    <message>
        <location filename="../../../../tmp/ipcase-core-texts-k9z5sttf/core_texts.py" line="8"/>
        <source>期间内作出不予受理（不予立案）决定的请求件数。</source>
        <translation>Requests decided as not accepted (not registered) in the period.</translation>
    </message>
    <message>
        <location filename="../../../../tmp/ipcase-core-texts-k9z5sttf/core_texts.py" line="9"/>
        <source>结案</source>
        <translation>Closed</translation>
    </message>
    <message>
        <location filename="../../../../tmp/ipcase-core-texts-k9z5sttf/core_texts.py" line="10"/>
        <source>期间内结案的已立案案件数（行政裁决、调解、撤回、撤销、移送），按结案日期；不予受理不计入。</source>
        <translation>Registered cases closed in the period (ruling, mediation, withdrawal, revocation, transfer), by closing date; non-acceptance is not counted.</translation>
    </message>
    <message>
        <location filename="../../../../tmp/ipcase-core-texts-k9z5sttf/core_texts.py" line="11"/>
        <location filename="../../../../tmp/ipcase-core-texts-k9z5sttf/core_texts.py" line="43"/>
        <source>结案率</source>
        <translation>Closing rate</translation>
    </message>
    <message>
        <location filename="../../../../tmp/ipcase-core-texts-k9z5sttf/core_texts.py" line="12"/>
        <source>期间内结案数 ÷（期初在办数 + 期间内新立案数）。期初在办 = 期间开始前已立案、当时尚未结案的案件。</source>
        <translation>Cases closed in the period ÷ (cases open at the start + cases registered in the period). Open at the start = registered before the period began and not yet closed then.</translation>
    </message>
    <message>
        <location filename="../../../../tmp/ipcase-core-texts-k9z5sttf/core_texts.py" line="13"/>
        <location filename="../../../../tmp/ipcase-core-texts-k9z5sttf/core_texts.py" line="44"/>
        <source>按期结案率</source>
        <translation>Rate closed in time</translation>
    </message>
    <message>
        <location filename="../../../../tmp/ipcase-core-texts-k9z5sttf/core_texts.py" line="14"/>
        <source>在结案期限内结案的案件数 ÷ 结案数。结案期限为立案之日起3个月，加上中止、公告、检验鉴定、管辖权异议、举证期限延长、和解等不计入期间，再加经批准的延长期限；结案日不晚于该期限（遇法定休假日顺延）即为按期。</source>
        <translation>Cases closed within the closing limit ÷ cases closed. The closing limit is 3 months from registration plus the periods not counted (suspension, public notice, inspection or appraisal, jurisdiction objection, extension of the time limit for evidence, settlement) plus approved extensions; a case is closed in time when its closing date is not later than that limit (moved to the next working day when it falls on a public holiday).</translation>
    </message>
    <message>
        <location filename="../../../../tmp/ipcase-core-texts-k9z5sttf/core_texts.py" line="15"/>
        <location filename="../../../../tmp/ipcase-core-texts-k9z5sttf/core_texts.py" line="45"/>
        <source>平均办案周期（日）</source>
        <translation>Average handling time (days)</translation>
    </message>
    <message>
        <location filename="../../../../tmp/ipcase-core-texts-k9z5sttf/core_texts.py" line="16"/>
        <source>Σ（结案日 − 立案日 − 不计入期间的日数）÷ 结案数。不计入期间按日历日计，相互重叠的只计一次，计至结案日。</source>
        <translation>Σ(closing date − registration date − days not counted) ÷ cases closed. Periods not counted are counted in calendar days, overlapping ones once, up to the closing date.</translation>
    </message>
    <message>
        <location filename="../../../../tmp/ipcase-core-texts-k9z5sttf/core_texts.py" line="17"/>
        <source>调解结案率</source>
        <translation>Rate closed by mediation</translation>
    </message>
    <message>
        <location filename="../../../../tmp/ipcase-core-texts-k9z5sttf/core_texts.py" line="18"/>
        <source>调解结案数 ÷ 结案数。</source>
        <translation>Cases closed by mediation ÷ cases closed.</translation>
    </message>
    <message>
        <location filename="../../../../tmp/ipcase-core-texts-k9z5sttf/core_texts.py" line="19"/>
        <source>调解成功率</source>
        <translation>Mediation success rate</translation>
    </message>
    <message>
        <location filename="../../../../tmp/ipcase-core-texts-k9z5sttf/core_texts.py" line="20"/>
        <source>调解结案数 ÷（调解结案数 + 经过和解期间但以其他方式结案的案件数）。</source>
        <translation>Cases closed by mediation ÷ (cases closed by mediation + cases that had a settlement period but closed otherwise).</translation>
    </message>
    <message>
        <location filename="../../../../tmp/ipcase-core-texts-k9z5sttf/core_texts.py" line="21"/>
        <source>在办</source>
        <translation>Open</translation>
    </message>
    <message>
        <location filename="../../../../tmp/ipcase-core-texts-k9z5sttf/core_texts.py" line="22"/>
        <source>已收到或已立案、尚未结案的案件，按当前状态统计，不受期间筛选影响。</source>
        <translation>Cases received or registered and not yet closed, by their current state; not affected by the period filter.</translation>
    </message>
    <message>
        <location filename="../../../../tmp/ipcase-core-texts-k9z5sttf/core_texts.py" line="23"/>
        <source>逾期/临期</source>
        <translation>Overdue/due soon</translation>
    </message>
    <message>
        <location filename="../../../../tmp/ipcase-core-texts-k9z5sttf/core_texts.py" line="24"/>
        <source>办案机关自己的期限（立案审查、补正、送达请求书副本、转送答辩书、结案期限）尚未完成，已过期限（逾期）或在3个工作日内到期（临期）的案件；当事人自己的期间和暂停中的结案期限不计。</source>
        <translation>Cases where one of the office&apos;s own deadlines (registration review, completion, serving the request, forwarding the answer, closing limit) is not met and has passed (overdue) or falls due within 3 working days (due soon); parties&apos; own periods and paused closing limits are not counted.</translation>
    </message>
    <message>
        <location filename="../../../../tmp/ipcase-core-texts-k9z5sttf/core_texts.py" line="25"/>
        <source>繁简分流</source>
        <translation>Simple/complex routing</translation>
    </message>
    <message>
        <location filename="../../../../tmp/ipcase-core-texts-k9z5sttf/core_texts.py" line="26"/>
        <source>所选案件按其来源收案登记上决定的程序（简案快办、普通程序、繁案精办）统计；未经收案登记或登记上尚未决定的，计入“未分流”。</source>
        <translation>Selected cases by the procedure decided on their intake entry (simple fast track, ordinary, complex careful track); cases without an intake entry or with no decision yet count as &quot;not routed&quot;.</translation>
    </message>
    <message>
        <location filename="../../../../tmp/ipcase-core-texts-k9z5sttf/core_texts.py" line="27"/>
        <source>涉外、电商、展会、重复侵权</source>
        <translation>Foreign, e-commerce, trade fair, repeat infringement</translation>
    </message>
    <message>
        <location filename="../../../../tmp/ipcase-core-texts-k9z5sttf/core_texts.py" line="28"/>
        <source>所选案件中带有各标记的件数。重复侵权以收案登记时记录的在先案件为准；直接在案件登记中受理的请求没有收案登记，不计入重复侵权。</source>
        <translation>Selected cases carrying each flag. Repeat infringement follows the earlier case recorded at intake; requests registered directly as cases have no intake entry and are not counted as repeat infringement.</translation>
    </message>
    <message>
        <location filename="../../../../tmp/ipcase-core-texts-k9z5sttf/core_texts.py" line="29"/>
        <source>收案登记</source>
        <translation>Intake entries</translation>
    </message>
    <message>
        <location filename="../../../../tmp/ipcase-core-texts-k9z5sttf/core_texts.py" line="30"/>
        <source>期间内收到的收案登记件数（请求、投诉、举报、咨询等各类），按收到日期；承办人筛选按登记的经办人，专利类型筛选不适用。</source>
        <translation>Intake entries received in the period (requests, complaints, reports, enquiries and every other kind), by date received; the officer filter uses the entry&apos;s handling officer, the patent type filter does not apply.</translation>
    </message>
    <message>
        <location filename="../../../../tmp/ipcase-core-texts-k9z5sttf/core_texts.py" line="31"/>
        <source>收案登记逾期/临期</source>
        <translation>Intake entries overdue/due soon</translation>
    </message>
    <message>
        <location filename="../../../../tmp/ipcase-core-texts-k9z5sttf/core_texts.py" line="32"/>
        <source>尚未决定（或尚未告知实名举报人）的收案登记，其期限（立案审查、投诉受理、假冒专利举报立案、补正、告知举报人）按收案登记的同一规则计算，已过期限或在3个工作日内到期的件数，按经办人统计，未指定经办人的单列；专利类型筛选不适用。收案登记不是案件，点击在“收案登记”中列出所计的各件。</source>
        <translation>Intake entries not yet decided (or whose named reporter has not been told), with their deadlines (registration review, complaint acceptance, counterfeit-report case opening, completion, informing the reporter) computed by the intake register&apos;s own rules: those overdue or due within 3 working days, per handling officer, unassigned ones listed apart; the patent type filter does not apply. Intake entries are not cases: a click lists them in the intake register.</translation>
    </message>
    <message>
        <location filename="../../../../tmp/ipcase-core-texts-k9z5sttf/core_texts.py" line="33"/>
        <source>收案登记（按月）</source>
        <translation>Intake entries (by month)</translation>
    </message>
    <message>
        <location filename="../../../../tmp/ipcase-core-texts-k9z5sttf/core_texts.py" line="34"/>
        <source>每月收到的收案登记件数（各类），按收到日期，本年与上年对比；承办人筛选按登记的经办人，专利类型筛选不适用。收案登记不是案件，点击在“收案登记”中列出该月收到的各件。</source>
        <translation>Intake entries (every kind) received each month, by date received, this year against last; the officer filter uses the entry&apos;s handling officer, the patent type filter does not apply. Intake entries are not cases: a click lists that month&apos;s entries in the intake register.</translation>
    </message>
    <message>
        <location filename="../../../../tmp/ipcase-core-texts-k9z5sttf/core_texts.py" line="35"/>
        <source>承办人工作量</source>
        <translation>Officer workload</translation>
    </message>
    <message>
        <location filename="../../../../tmp/ipcase-core-texts-k9z5sttf/core_texts.py" line="36"/>
        <source>各承办人名下尚未结案的案件数，分未立案与已立案在办。</source>
        <translation>Open cases per officer, split into not yet registered and registered.</translation>
    </message>
    <message>
        <location filename="../../../../tmp/ipcase-core-texts-k9z5sttf/core_texts.py" line="37"/>
        <source>口头审理</source>
        <translation>Oral hearings</translation>
    </message>
    <message>
        <location filename="../../../../tmp/ipcase-core-texts-k9z5sttf/core_texts.py" line="38"/>
        <source>期间内记录为“口头审理完毕”的场次。</source>
        <translation>Hearings recorded as &quot;oral hearing completed&quot; in the period.</translation>
    </message>
    <message>
        <location filename="../../../../tmp/ipcase-core-texts-k9z5sttf/core_texts.py" line="39"/>
        <source>排名</source>
        <translation>Ranking</translation>
    </message>
    <message>
        <location filename="../../../../tmp/ipcase-core-texts-k9z5sttf/core_texts.py" line="40"/>
        <source>按所选指标对下级机关（没有下级机关时为本机关各承办人）排序，列出前三名和后三名；数值相同者名次并列，无可比数据者不参加该项排名。</source>
        <translation>Ranks the subordinate offices (or, without any, this office&apos;s officers) by the chosen measures and lists the top three and bottom three; equal values share a rank, and those without comparable data are not ranked on that measure.</translation>
    </message>
    <message>
        <location filename="../../../../tmp/ipcase-core-texts-k9z5sttf/core_texts.py" line="41"/>
        <source>立案数</source>
        <translation>Cases registered</translation>
    </message>
    <message>
        <location filename="../../../../tmp/ipcase-core-texts-k9z5sttf/core_texts.py" line="42"/>
        <source>结案数</source>
        <translation>Cases closed</translation>
    </message>
    <message>
        <location filename="../../ui/statistics/section.py" line="44"/>
        <source>（口径为本系统约定，见 README 统计口径）</source>
        <translation>(how this system counts it: see &quot;Statistics&quot; in the README)</translation>
    </message>
</context>
<context>
    <name>storage</name>
    <message>
        <location filename="../../ui/common/storage_texts.py" line="15"/>
        <source>数据库文件已损坏，或不是本系统的数据库：%1</source>
        <translation>The database file is damaged or is not a database of this system: %1</translation>
    </message>
    <message>
        <location filename="../../ui/common/storage_texts.py" line="16"/>
        <source>文件可能被截断（复制或传输中断、磁盘故障），也可能被其他文件替换。请不要继续使用它，用最近的完好备份恢复；恢复时当前文件会另行保留。</source>
        <translation>The file may be truncated (an interrupted copy or transfer, a disk fault) or replaced by another file. Stop using it and restore the latest intact backup; the current file is kept aside when restoring.</translation>
    </message>
    <message>
        <location filename="../../ui/common/storage_texts.py" line="19"/>
        <source>数据库不能写入：%1</source>
        <translation>The database cannot be written: %1</translation>
    </message>
    <message>
        <location filename="../../ui/common/storage_texts.py" line="20"/>
        <source>文件、所在文件夹或数据库服务器是只读的（例如从光盘或只读共享复制来的文件）。请取消文件的“只读”属性、检查文件夹权限，或请管理员处理。</source>
        <translation>The file, its folder or the database server is read-only (e.g. a file copied from a CD or a read-only share). Clear the file&apos;s read-only attribute, check the folder&apos;s permissions, or ask an administrator.</translation>
    </message>
    <message>
        <location filename="../../ui/common/storage_texts.py" line="23"/>
        <source>磁盘空间已满，数据库无法写入：%1</source>
        <translation>The disk is full; the database cannot be written: %1</translation>
    </message>
    <message>
        <location filename="../../ui/common/storage_texts.py" line="24"/>
        <source>请清理磁盘空间，或请管理员为数据库服务器扩容。</source>
        <translation>Free some disk space, or ask an administrator to enlarge the database server&apos;s storage.</translation>
    </message>
    <message>
        <location filename="../../ui/common/storage_texts.py" line="26"/>
        <source>无法打开数据库：%1</source>
        <translation>Cannot open the database: %1</translation>
    </message>
    <message>
        <location filename="../../ui/common/storage_texts.py" line="27"/>
        <source>文件或文件夹不存在、无权访问，或数据库服务器无法连接。请检查数据库位置和网络，或请管理员处理。</source>
        <translation>The file or folder does not exist or cannot be accessed, or the database server cannot be reached. Check the database location and the network, or ask an administrator.</translation>
    </message>
    <message>
        <location filename="../../ui/common/storage_texts.py" line="30"/>
        <source>本次操作没有保存任何内容，填写的内容仍保留在窗口中；问题解决后请再次保存。</source>
        <translation>Nothing was saved by this action; what you typed is still in the window. Save again once the problem is solved.</translation>
    </message>
</context>
</TS>
