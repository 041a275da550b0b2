<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="zh_CN">
<context>
    <name></name>
    <message>
        <location filename="../../ui/common/errors.py" line="107"/>
        <source>第 %1 行</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/common/errors.py" line="151"/>
        <location filename="../../ui/common/field_errors.py" line="243"/>
        <source>请更正以下内容：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/common/errors.py" line="155"/>
        <source>不能执行“%1”：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/common/errors.py" line="159"/>
        <source>“%1”：节假日全国统一，只能由最上级机关的管理员维护。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/common/errors.py" line="161"/>
        <source>“%1”：该记录属于下级机关，上级机关只能查阅，不能修改。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/common/errors.py" line="162"/>
        <source>“%1”：该记录不属于本机关，不能修改。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/common/errors.py" line="164"/>
        <source>您的账户已被停用或更改，请重新登录。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/common/errors.py" line="166"/>
        <source>当前用户</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/common/errors.py" line="168"/>
        <source>%1无权进行“%2”。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/common/errors.py" line="170"/>
        <source>口审安排不符合以下规则：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/common/errors.py" line="173"/>
        <source>此案件已被他人修改，已重新载入最新内容。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/common/errors.py" line="174"/>
        <source>此记录已被他人修改，已重新载入最新内容。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/common/errors.py" line="176"/>
        <source>对方所作的修改：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/common/errors.py" line="177"/>
        <source>您填写的内容仍保留在窗口中，请核对后再提交。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/common/errors.py" line="180"/>
        <source>未找到%1（%2），可能已被删除。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/common/errors.py" line="183"/>
        <source>密码连续输错次数过多，账户已锁定至 %1。
届时可再试；如需提前解锁，请联系本局系统管理员。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/common/errors.py" line="186"/>
        <source>用户名或密码不正确，或账户已停用。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/common/errors.py" line="190"/>
        <source>数据库正忙（其他用户正在保存），本次操作未保存，请稍后重试。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/common/errors.py" line="192"/>
        <source>操作失败：%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/common/errors.py" line="193"/>
        <source>发生意外错误：%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cases/table_model.py" line="59"/>
        <location filename="../../ui/cases/tabs.py" line="70"/>
        <source>涉外</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cases/tabs.py" line="70"/>
        <source>电商平台</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cases/table_model.py" line="63"/>
        <location filename="../../ui/cases/tabs.py" line="71"/>
        <source>展会</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cases/tabs.py" line="73"/>
        <source>案号</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cases/approval_model.py" line="41"/>
        <source>待审批</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cases/approval_model.py" line="43"/>
        <source>已审核，待审批</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cases/approval_model.py" line="44"/>
        <source>待审核</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cases/approval_model.py" line="69"/>
        <location filename="../../ui/cases/table_model.py" line="98"/>
        <location filename="../../ui/cases/tabs.py" line="73"/>
        <location filename="../../ui/common/deadline_model.py" line="127"/>
        <location filename="../../ui/hearings/late_notice.py" line="19"/>
        <location filename="../../ui/intake/table_model.py" line="47"/>
        <location filename="../../ui/mediation/table_model.py" line="44"/>
        <source>未立案</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cases/tabs.py" line="74"/>
        <source>状态</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cases/tabs.py" line="74"/>
        <source>（中止处理中）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cases/tabs.py" line="75"/>
        <source>承办人</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cases/tabs.py" line="76"/>
        <source>收到请求书</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cases/tabs.py" line="79"/>
        <source>补正期限</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cases/tabs.py" line="81"/>
        <source>受理决定日期</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cases/tabs.py" line="83"/>
        <source>立案日期</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cases/tabs.py" line="85"/>
        <source>口头审理</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cases/tabs.py" line="87"/>
        <source>合议结论</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cases/tabs.py" line="89"/>
        <source>结案日期</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cases/tabs.py" line="91"/>
        <source>结案情况</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cases/tabs.py" line="93"/>
        <source>请求事项</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cases/tabs.py" line="94"/>
        <source>被控侵权产品</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cases/tabs.py" line="95"/>
        <source>被控侵权行为</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cases/tabs.py" line="96"/>
        <location filename="../../ui/cases/tabs.py" line="126"/>
        <source>请求保护的权利要求</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cases/tabs.py" line="97"/>
        <source>案件特征</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cases/tabs.py" line="97"/>
        <source>无</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cases/tabs.py" line="103"/>
        <source>第%1次延长</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cases/tabs.py" line="112"/>
        <source>基本情况</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cases/tabs.py" line="112"/>
        <source>请求</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cases/tabs.py" line="113"/>
        <source>中止及不计入结案期限的期间</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cases/tabs.py" line="113"/>
        <source>结案期限延长</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cases/tabs.py" line="114"/>
        <source>审批</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cases/tabs.py" line="119"/>
        <source>涉案专利</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cases/tabs.py" line="120"/>
        <source>专利号</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cases/tabs.py" line="121"/>
        <source>专利类型</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cases/tabs.py" line="122"/>
        <source>专利名称</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cases/tabs.py" line="123"/>
        <source>专利权人</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cases/tabs.py" line="124"/>
        <source>申请日</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cases/tabs.py" line="125"/>
        <source>授权公告日</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cases/tabs.py" line="147"/>
        <source>（境内无住所）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cases/tabs.py" line="153"/>
        <source>委托代理人</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cases/tabs.py" line="194"/>
        <source>选择一个期限，查看其计算依据。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cases/tabs.py" line="203"/>
        <source>等待送达：%1（%2）— %3 自送达之日起算</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cases/tabs.py" line="224"/>
        <source>到期日：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cases/tabs.py" line="225"/>
        <source>计算依据：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cases/tabs.py" line="229"/>
        <source>结案期限暂停计算中（中止或其他不计入期间）。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cases/tabs.py" line="240"/>
        <source>事项：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cases/tabs.py" line="242"/>
        <source>批准</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cases/tabs.py" line="242"/>
        <source>不予批准</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cases/tabs.py" line="252"/>
        <source>当事人：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/common/deadline_model.py" line="57"/>
        <source>%1 年的法定节假日尚未录入，此日期暂按周末计算；管理员在“设置 › 节假日”录入后会自动重新计算。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/common/deadline_model.py" line="65"/>
        <source>暂停计算</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/common/deadline_model.py" line="67"/>
        <source>%1 天前届满</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/common/deadline_model.py" line="69"/>
        <source>逾期 %1 天</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/common/deadline_model.py" line="71"/>
        <source>今天到期</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/common/deadline_model.py" line="72"/>
        <source>%1 天（%2 个工作日）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/common/deadline_model.py" line="80"/>
        <source>暂停</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/common/deadline_model.py" line="82"/>
        <source>期间已届满</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/common/deadline_model.py" line="85"/>
        <source>已完成（%1）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/common/deadline_model.py" line="106"/>
        <source>案件处于不计入结案期限的期间（中止、公告、鉴定等），结案期限暂停计算。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/common/deadline_model.py" line="108"/>
        <source>这是当事人的期间，已经届满；不是本机关的办理期限。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cases/table_model.py" line="57"/>
        <source>中止</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cases/table_model.py" line="61"/>
        <source>电商</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cases/table_model.py" line="80"/>
        <source>该日期所在年份的法定节假日尚未录入，暂按周末计算；录入后会自动重新计算。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cases/table_model.py" line="74"/>
        <source>已结 %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/common/error_dialog.py" line="30"/>
        <source>程序错误</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/common/error_dialog.py" line="33"/>
        <source>程序遇到了意外错误，本次操作可能没有完成。请把下面的详细信息复制给系统管理员。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/common/error_dialog.py" line="45"/>
        <source>复制详细信息(&amp;C)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/common/messages.py" line="16"/>
        <source>不能完成操作</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/common/messages.py" line="31"/>
        <source>设置已被他人修改</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/common/messages.py" line="33"/>
        <source>：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/common/messages.py" line="33"/>
        <source>在您打开此页之后，%1 保存了新的设置。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/common/messages.py" line="34"/>
        <source>在您打开此页之后，他人保存了新的设置。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/common/messages.py" line="35"/>
        <source>载入最新设置：放弃您填写的内容，显示对方保存的设置。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/common/messages.py" line="36"/>
        <source>保留我的内容：您填写的内容仍在窗口中；再次保存将替换对方保存的设置。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/common/messages.py" line="39"/>
        <source>载入最新设置(&amp;R)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/common/messages.py" line="40"/>
        <source>保留我的内容(&amp;K)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/common/messages.py" line="52"/>
        <source>关闭登记窗口</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/common/messages.py" line="53"/>
        <source>已填写的内容尚未保存。是否保留为草稿，下次登记时继续？</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/common/messages.py" line="54"/>
        <source>保留草稿(&amp;K)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/common/messages.py" line="55"/>
        <source>放弃(&amp;D)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/common/messages.py" line="56"/>
        <source>继续填写(&amp;C)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/common/messages.py" line="69"/>
        <source>恢复草稿</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/common/messages.py" line="70"/>
        <source>发现 %1 保存的未完成登记草稿。是否恢复？
选择“否”将丢弃该草稿。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/common/fields.py" line="100"/>
        <location filename="../../ui/common/fields.py" line="197"/>
        <location filename="../../ui/evidence/form_dialog.py" line="59"/>
        <source>请选择…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/common/fields.py" line="100"/>
        <source>（无）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/common/fields.py" line="180"/>
        <source>已于 %1 送达</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/common/fields.py" line="183"/>
        <source>（本案没有相应的当事人）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/common/party_editor.py" line="59"/>
        <source>住址（公民代理人必填）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/common/party_editor.py" line="62"/>
        <source>代理人姓名</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/common/party_editor.py" line="64"/>
        <source>单位（律师事务所/专利代理机构）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/common/party_editor.py" line="66"/>
        <source>电话</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/common/party_editor.py" line="67"/>
        <location filename="../../ui/intake/targets.py" line="47"/>
        <source>删除</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/common/party_editor.py" line="107"/>
        <source>18位统一社会信用代码</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/common/party_editor.py" line="109"/>
        <source>18位居民身份证号码</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/common/party_editor.py" line="112"/>
        <source>职务</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/common/party_editor.py" line="118"/>
        <source>在中国境内没有经常居所或营业所（答辩期30日）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/common/party_editor.py" line="119"/>
        <source>名称/姓名：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/common/party_editor.py" line="120"/>
        <source>主体类型：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/common/party_editor.py" line="123"/>
        <location filename="../../ui/intake/targets.py" line="54"/>
        <source>统一社会信用代码：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/common/party_editor.py" line="125"/>
        <source>身份证号码：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/common/party_editor.py" line="127"/>
        <source>法定代表人/负责人：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/common/party_editor.py" line="128"/>
        <location filename="../../ui/intake/targets.py" line="57"/>
        <source>地址：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/common/party_editor.py" line="129"/>
        <source>电话：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/common/party_editor.py" line="135"/>
        <source>委托代理人：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/common/party_editor.py" line="137"/>
        <source>添加代理人</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/common/party_editor.py" line="139"/>
        <source>删除此当事人</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/common/party_editor.py" line="261"/>
        <source>已登记 %1；如需更正请重新输入完整号码</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/common/party_editor.py" line="284"/>
        <source>添加%1(&amp;A)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/common/labels.py" line="335"/>
        <source>是</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/common/labels.py" line="335"/>
        <source>否</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/common/labels.py" line="348"/>
        <source>%1（暂定）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/common/draft_form.py" line="62"/>
        <source>已恢复 %1 保存的草稿。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/documents/labels.py" line="151"/>
        <source>%1的文号格式</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/evidence/form_dialog.py" line="102"/>
        <source>添加一行(&amp;W)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/evidence/form_dialog.py" line="103"/>
        <source>删除所选行</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/evidence/form_dialog.py" line="132"/>
        <source>第 %1 行 %2：%3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/evidence/form_dialog.py" line="157"/>
        <source>（已存）%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/evidence/form_dialog.py" line="160"/>
        <source>添加文件(&amp;F)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/evidence/form_dialog.py" line="173"/>
        <source>选择证据文件</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/evidence/form_dialog.py" line="225"/>
        <source>保存(&amp;S)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/evidence/form_dialog.py" line="234"/>
        <source>（选填）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/evidence/forms.py" line="67"/>
        <source>登记证据</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/evidence/forms.py" line="67"/>
        <source>修改证据：第 %1 号</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/evidence/forms.py" line="81"/>
        <source>采信证据：%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/evidence/forms.py" line="81"/>
        <source>不予采信：%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/evidence/forms.py" line="83"/>
        <source>合议组对证据的认定意见；不予采信须说明理由。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/evidence/forms.py" line="93"/>
        <source>已出示执法证件，告知检查事由、依法配合的义务及陈述、申辩的权利。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/evidence/forms.py" line="101"/>
        <source>现场检查（勘验）笔录</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/evidence/forms.py" line="101"/>
        <source>调查笔录</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/evidence/forms.py" line="104"/>
        <source>调查、检查须由两名以上执法人员进行（专利纠纷行政裁决和调解办法第四十四条、第四十七条）。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/evidence/forms.py" line="117"/>
        <source>证据登记保存</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/evidence/forms.py" line="117"/>
        <source>抽样取证</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/evidence/forms.py" line="118"/>
        <source>登记保存后须在七日内作出处理决定（期限列入“期限”页和工作台）。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/evidence/forms.py" line="130"/>
        <source>登记保存处理决定</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/evidence/forms.py" line="142"/>
        <source>委托技术鉴定</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/evidence/forms.py" line="143"/>
        <source>自委托之日起至收到鉴定意见之日，鉴定期间自动不计入结案期限。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/evidence/forms.py" line="152"/>
        <source>收到鉴定意见</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/evidence/forms.py" line="168"/>
        <source>技术调查官意见</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/evidence/forms.py" line="170"/>
        <source>技术调查官的意见供合议组参考，技术调查官不参与表决。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/evidence/forms.py" line="182"/>
        <source>延长举证期限</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/evidence/forms.py" line="184"/>
        <source>当事人申请、经本局同意延长的举证期限不计入结案期限。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/hearings/labels.py" line="175"/>
        <source>%1–%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/intake/detail.py" line="51"/>
        <source>%1（规则建议：%2%3）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/intake/rule_text.py" line="16"/>
        <source>%1为%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/intake/rule_text.py" line="18"/>
        <source>非%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/intake/rule_text.py" line="20"/>
        <source>%1不少于%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/intake/rule_text.py" line="21"/>
        <source>%1不超过%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/intake/rule_text.py" line="25"/>
        <source>，且</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/intake/table_model.py" line="47"/>
        <source>重复侵权（%1）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/intake/table_model.py" line="49"/>
        <source>案号 %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/intake/table_model.py" line="68"/>
        <source>被请求人已被生效裁决认定侵犯同一专利权（《专利纠纷行政裁决和调解办法》第三十四条）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/intake/table_model.py" line="91"/>
        <source>（匿名）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/intake/table_model.py" line="97"/>
        <source>（未分配）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/intake/targets.py" line="36"/>
        <source>单位名称或姓名、网店名称</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/intake/targets.py" line="41"/>
        <source>18位统一社会信用代码（知道时填写）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/intake/targets.py" line="44"/>
        <source>网店链接</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/intake/targets.py" line="46"/>
        <source>展位号</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/intake/targets.py" line="53"/>
        <source>名称：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/intake/targets.py" line="61"/>
        <source>网店/展位：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/intake/targets.py" line="70"/>
        <source>对象 %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/intake/targets.py" line="100"/>
        <source>添加对象(&amp;T)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/mediation/table_model.py" line="30"/>
        <source>（延长待批）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sections.py" line="52"/>
        <source>文书/送达已保存。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sections.py" line="57"/>
        <source>证据</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sections.py" line="59"/>
        <source>口审</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sections.py" line="62"/>
        <source>调解</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sections.py" line="65"/>
        <source>文书</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sections.py" line="66"/>
        <source>送达</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sections.py" line="68"/>
        <source>收案</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sections.py" line="63"/>
        <source>调解记录已保存。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/admin/backup_tab.py" line="37"/>
        <source>备份工具出错：%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/admin/backup_tab.py" line="38"/>
        <source>数据库文件不存在或不可读：%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/admin/backup_tab.py" line="39"/>
        <location filename="../../ui/admin/backup_tab.py" line="49"/>
        <source>备份未完成：%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/admin/backup_tab.py" line="41"/>
        <source>数据库口令不正确，未备份。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/admin/backup_tab.py" line="43"/>
        <source>无法写入备份文件夹：%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/admin/backup_tab.py" line="46"/>
        <source>只有最上级机关的系统管理员可以备份数据库（备份包含本数据库中所有机关的案件），未备份。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/admin/backup_tab.py" line="214"/>
        <source>备份提醒</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/admin/backup_tab.py" line="215"/>
        <source>已超过 %1 天没有完好的备份。请管理员在 设置 › 备份 中立即备份，或检查自动备份。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/admin/password_dialog.py" line="18"/>
        <source>至少 %1 个字符</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/admin/password_dialog.py" line="20"/>
        <source>须同时包含字母和数字</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/admin/password_dialog.py" line="22"/>
        <source>不能与用户名相同</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cases/correction_dialog.py" line="97"/>
        <source>当事人：%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cases/correction_dialog.py" line="99"/>
        <source>更正理由：%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cases/correction_dialog.py" line="100"/>
        <source>报请人：%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/common/date_field.py" line="80"/>
        <location filename="../../ui/common/date_field.py" line="161"/>
        <source>未填写</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/common/date_field.py" line="81"/>
        <source>可输入 2016-04-22、2016/4/22、20160422 或 2016年4月22日；Alt+↓ 打开日历</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/common/date_field.py" line="87"/>
        <source>选择日期</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/common/date_field.py" line="173"/>
        <source>无法识别的日期，请按 2016-04-22 的格式填写</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/common/date_field.py" line="175"/>
        <source>请填写日期</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/common/date_field.py" line="177"/>
        <source>日期不能晚于 %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/common/date_field.py" line="179"/>
        <source>日期不能早于 %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/common/file_dialogs.py" line="73"/>
        <source>已保存到：
%1

打开所在的文件夹吗？</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/common/folding_text.py" line="53"/>
        <source>收起</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/common/folding_text.py" line="53"/>
        <source>展开（共 %1 字）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/hearings/late_notice.py" line="18"/>
        <source>%1：口头审理定于 %2，通知书应最迟于 %3 送达（至少提前 %4 个工作日）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/hearings/late_notice.py" line="24"/>
        <source>以下口头审理通知书送达过迟：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/hearings/late_notice.py" line="24"/>
        <source>以下口头审理通知书签发时已来不及依法提前送达：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/hearings/late_notice.py" line="27"/>
        <source>迟延送达的通知仍可签发和送达，口头审理也可照常进行，但不能作为书面通知的依据：当事人未到庭的，不能缺席审理或按撤回请求处理（《专利纠纷行政裁决和调解办法》第二十六条）。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/hearings/late_notice.py" line="29"/>
        <source>建议改期口头审理，使通知能够依法提前送达。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/hearings/late_notice.py" line="35"/>
        <source>口头审理通知书送达过迟</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/hearings/late_notice.py" line="38"/>
        <source>仍然登记送达(&amp;G)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/hearings/late_notice.py" line="38"/>
        <source>仍然签发(&amp;G)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/hearings/late_notice.py" line="41"/>
        <source>改期口头审理…(&amp;P)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/hearings/late_notice.py" line="42"/>
        <source>取消</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/shell/storage_dialog.py" line="32"/>
        <source>数据库无法使用</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/shell/storage_dialog.py" line="43"/>
        <source>然后重新启动本程序。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/shell/storage_dialog.py" line="59"/>
        <source>数据库口令(&amp;K)：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/shell/storage_dialog.py" line="59"/>
        <source>恢复密钥(&amp;K)：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/shell/storage_dialog.py" line="74"/>
        <source>用此备份恢复(&amp;R)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/shell/storage_dialog.py" line="77"/>
        <source>退出(&amp;Q)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/shell/storage_dialog.py" line="93"/>
        <source>这是加密的备份：请输入恢复密钥或数据库口令。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/shell/storage_dialog.py" line="98"/>
        <source>恢复密钥或口令不正确，未作任何恢复。请重新输入。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/shell/storage_dialog.py" line="109"/>
        <source>没有找到备份。请联系管理员，用其他位置保存的备份恢复。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/shell/storage_dialog.py" line="112"/>
        <source>最近的完好备份（%2，已加密）：
%1
恢复前请输入备份时记下的恢复密钥（加密数据库的备份用数据库口令）。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/shell/storage_dialog.py" line="114"/>
        <source>最近的完好备份：%1（%2）。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../main.py" line="69"/>
        <source>未能恢复</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AccountRulesDialog</name>
    <message>
        <location filename="../../ui/admin/account_rules_dialog.py" line="29"/>
        <source>登录与密码规则</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/admin/account_rules_dialog.py" line="30"/>
        <source>规则适用于本局账户，自下次设置密码或登录时起生效；已设置的密码不因规则变化而失效（有效期除外）。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/admin/account_rules_dialog.py" line="35"/>
        <source>密码最短长度(&amp;L)：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/admin/account_rules_dialog.py" line="36"/>
        <source>须同时包含字母和数字(&amp;D)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/admin/account_rules_dialog.py" line="37"/>
        <source>不得与用户名相同(&amp;U)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/admin/account_rules_dialog.py" line="38"/>
        <source>密码有效期(&amp;E)：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/admin/account_rules_dialog.py" line="39"/>
        <source>锁定前允许输错(&amp;F)：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/admin/account_rules_dialog.py" line="40"/>
        <source>首次锁定时长(&amp;M)：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/admin/account_rules_dialog.py" line="41"/>
        <source>无操作自动锁屏(&amp;I)：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/admin/account_rules_dialog.py" line="43"/>
        <source> 个字符</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/admin/account_rules_dialog.py" line="43"/>
        <source> 天（0 为永不过期）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/admin/account_rules_dialog.py" line="44"/>
        <source> 次</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/admin/account_rules_dialog.py" line="44"/>
        <source> 分钟（再次锁定时加倍，最长一天）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/admin/account_rules_dialog.py" line="45"/>
        <source> 分钟（0 为不锁屏）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/admin/account_rules_dialog.py" line="61"/>
        <source>三员分立(&amp;S)：系统管理员不能查看审计记录</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/admin/account_rules_dialog.py" line="65"/>
        <source>审计记录只由审计员查阅和导出；取消后系统管理员也可查看。此项改动本身记入审计记录。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/admin/account_rules_dialog.py" line="82"/>
        <source>登录与密码规则已被他人修改</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ActionDialog</name>
    <message>
        <location filename="../../ui/cases/action_dialog.py" line="54"/>
        <source>未立案</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cases/action_dialog.py" line="60"/>
        <source>此事项须经部门负责人批准：点击“提交审批”后进入待审批，批准后才生效。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cases/action_dialog.py" line="79"/>
        <source>（选填）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cases/action_dialog.py" line="92"/>
        <source>确认对本案进行“%1”？</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cases/action_dialog.py" line="96"/>
        <source>提交审批(&amp;S)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cases/action_dialog.py" line="96"/>
        <source>确定(&amp;O)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cases/action_dialog.py" line="113"/>
        <source>“%1”不可选：%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cases/action_dialog.py" line="144"/>
        <source>第二次延长：不超过%1，须经上级部门批准（填写其批准文号）。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cases/action_dialog.py" line="146"/>
        <source>第一次延长：不超过%1，由部门负责人批准。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cases/action_dialog.py" line="148"/>
        <source>注意：合议组尚未依法组成，立案前请先在“合议组”页指定合议组。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cases/action_dialog.py" line="150"/>
        <source>公告、检验鉴定、管辖权异议、当事人申请延长举证期限、和解的期间不计入结案期限。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cases/action_dialog.py" line="157"/>
        <source>放弃输入</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cases/action_dialog.py" line="157"/>
        <source>已填写的内容尚未提交，确定放弃吗？</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cases/action_dialog.py" line="180"/>
        <source>此案件已被他人修改</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AgreementDialog</name>
    <message>
        <location filename="../../ui/mediation/agreement_dialog.py" line="64"/>
        <source>调解协议条款</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/mediation/agreement_dialog.py" line="76"/>
        <source>停止的行为：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/mediation/agreement_dialog.py" line="77"/>
        <source>自协议生效之日起</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/mediation/agreement_dialog.py" line="84"/>
        <source>或自</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/mediation/agreement_dialog.py" line="86"/>
        <source>起</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/mediation/agreement_dialog.py" line="90"/>
        <source>停止日期：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/mediation/agreement_dialog.py" line="92"/>
        <source>如：销毁库存侵权产品及专用模具，删除网店链接，撤回展品</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/mediation/agreement_dialog.py" line="93"/>
        <source>销毁、撤回、删除：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/mediation/agreement_dialog.py" line="96"/>
        <source>元，如 60000 或 60,000.00</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/mediation/agreement_dialog.py" line="97"/>
        <source>赔偿数额（元）：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/mediation/agreement_dialog.py" line="100"/>
        <source>到期日</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/mediation/agreement_dialog.py" line="100"/>
        <source>金额（元）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/mediation/agreement_dialog.py" line="103"/>
        <source>增加一期</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/mediation/agreement_dialog.py" line="103"/>
        <source>删除选中一期</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/mediation/agreement_dialog.py" line="115"/>
        <source>分期履行：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/mediation/agreement_dialog.py" line="117"/>
        <source>费用负担：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/mediation/agreement_dialog.py" line="118"/>
        <source>双方对协议内容保密</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/mediation/agreement_dialog.py" line="121"/>
        <source>其他条款，每行一条</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/mediation/agreement_dialog.py" line="122"/>
        <source>其他条款：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/mediation/agreement_dialog.py" line="128"/>
        <source>签署人：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/mediation/agreement_dialog.py" line="152"/>
        <source>本人（签名或者盖章）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/mediation/agreement_dialog.py" line="154"/>
        <source>委托代理人 %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/mediation/agreement_dialog.py" line="163"/>
        <source>尚未登记当事人</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/mediation/agreement_dialog.py" line="179"/>
        <source>本案调解不收取费用，双方当事人因本案支出的其他费用各自承担。</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ApprovalDialog</name>
    <message>
        <location filename="../../ui/cases/approval_dialog.py" line="39"/>
        <source>审批：%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cases/approval_dialog.py" line="45"/>
        <source>案号：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cases/approval_dialog.py" line="45"/>
        <source>未立案</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cases/approval_dialog.py" line="46"/>
        <source>专利号：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cases/approval_dialog.py" line="47"/>
        <source>审批事项：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cases/approval_dialog.py" line="48"/>
        <source>提请人：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cases/approval_dialog.py" line="49"/>
        <source>（无）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cases/approval_dialog.py" line="51"/>
        <source>内容：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cases/approval_dialog.py" line="55"/>
        <source>处(科)室审核意见：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cases/approval_dialog.py" line="60"/>
        <location filename="../../ui/cases/approval_dialog.py" line="120"/>
        <source>同意。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cases/approval_dialog.py" line="60"/>
        <source>审核意见</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cases/approval_dialog.py" line="61"/>
        <source>意见(&amp;O)：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cases/approval_dialog.py" line="70"/>
        <source>上级部门批准文号(&amp;H)：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cases/approval_dialog.py" line="84"/>
        <source>批准(&amp;A)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cases/approval_dialog.py" line="85"/>
        <source>不予批准(&amp;R)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cases/approval_dialog.py" line="91"/>
        <source>提交审核意见(&amp;S)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cases/approval_dialog.py" line="103"/>
        <source>这是第二次延长结案期限：须经上级部门（%1）批准，请填写其批准文号。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cases/approval_dialog.py" line="104"/>
        <source>上级管理专利工作的部门</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cases/approval_dialog.py" line="107"/>
        <source>第一次延长（不超过%1），由部门负责人批准。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cases/approval_dialog.py" line="130"/>
        <source>请填写审核意见</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ApprovalTableModel</name>
    <message>
        <location filename="../../ui/cases/approval_model.py" line="66"/>
        <source>提请时间</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cases/approval_model.py" line="68"/>
        <source>案号</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cases/approval_model.py" line="70"/>
        <source>当事人</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cases/approval_model.py" line="74"/>
        <source>审核状态</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cases/approval_model.py" line="77"/>
        <source>内容摘要</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cases/approval_model.py" line="79"/>
        <source>专利号</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cases/approval_model.py" line="72"/>
        <source>审批事项</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cases/approval_model.py" line="73"/>
        <source>提请人</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cases/approval_model.py" line="75"/>
        <source>处(科)室审核意见</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AuditView</name>
    <message>
        <location filename="../../ui/audit/labels.py" line="8"/>
        <source>审计链缺少条目</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/audit/labels.py" line="9"/>
        <source>审计链断开（条目被删除、插入或替换）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/audit/labels.py" line="10"/>
        <source>审计条目被改动</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/audit/labels.py" line="11"/>
        <source>审计链被截短（检查点记录的条目已不存在）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/audit/labels.py" line="12"/>
        <source>审计链被重写（与检查点记录的哈希不一致）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/audit/labels.py" line="13"/>
        <source>检查点文件签名无效</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/audit/labels.py" line="14"/>
        <source>审计链缺少起点条目</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/audit/labels.py" line="15"/>
        <source>检查点目录中没有本数据库的检查点</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/audit/labels.py" line="16"/>
        <source>记录被绕过系统改动</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/audit/labels.py" line="17"/>
        <source>记录被绕过系统删除</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/audit/labels.py" line="18"/>
        <source>记录被绕过系统插入</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/audit/labels.py" line="19"/>
        <source>文件内容与其哈希不一致</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/audit/labels.py" line="22"/>
        <source>新增</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/audit/labels.py" line="23"/>
        <source>修改</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/audit/labels.py" line="24"/>
        <source>删除</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/audit/labels.py" line="25"/>
        <source>事件</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/audit/labels.py" line="26"/>
        <source>起点</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/audit/labels.py" line="27"/>
        <source>基线</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/audit/section.py" line="52"/>
        <location filename="../../ui/audit/section.py" line="82"/>
        <source>案号</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/audit/section.py" line="55"/>
        <source>全部用户</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/audit/section.py" line="60"/>
        <source>操作（如 auth.login）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/audit/section.py" line="61"/>
        <source>查询(&amp;Q)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/audit/section.py" line="64"/>
        <source>导出(&amp;E)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/audit/section.py" line="67"/>
        <source>完整校验(&amp;V)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/audit/section.py" line="70"/>
        <source>案号：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/audit/section.py" line="70"/>
        <source>用户：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/audit/section.py" line="71"/>
        <source>从：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/audit/section.py" line="71"/>
        <source>到：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/audit/section.py" line="72"/>
        <source>操作：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/audit/section.py" line="81"/>
        <source>序号</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/audit/section.py" line="81"/>
        <source>时间</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/audit/section.py" line="81"/>
        <source>用户</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/audit/section.py" line="81"/>
        <source>操作</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/audit/section.py" line="81"/>
        <source>类别</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/audit/section.py" line="82"/>
        <source>记录</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/audit/section.py" line="82"/>
        <source>变化</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/audit/section.py" line="118"/>
        <source>共 %1 条，显示最新 %2 条</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/audit/section.py" line="120"/>
        <source>系统</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/audit/section.py" line="134"/>
        <location filename="../../ui/audit/section.py" line="145"/>
        <source>导出审计记录</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/audit/section.py" line="135"/>
        <source>Excel 工作簿 (*.xlsx);;CSV (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/audit/section.py" line="144"/>
        <source>已导出 %1 条到 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/audit/section.py" line="150"/>
        <source>正在校验审计链、全部记录和文件……</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/audit/section.py" line="151"/>
        <source>正在校验…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/audit/section.py" line="151"/>
        <source>取消</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/audit/section.py" line="152"/>
        <location filename="../../ui/audit/section.py" line="183"/>
        <source>完整校验</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/audit/section.py" line="187"/>
        <source>已校验 %1 个审计条目、%2 条记录、%3 个检查点；链头 %4。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/audit/section.py" line="192"/>
        <source>记录未被改动。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/audit/section.py" line="195"/>
        <source>发现 %1 处改动，详见下方。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/audit/section.py" line="203"/>
        <source>案号 %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/audit/section.py" line="205"/>
        <source>审计条目 #%1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BackupPage</name>
    <message>
        <location filename="../../ui/admin/backup_tab.py" line="66"/>
        <source>立即备份</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/admin/backup_tab.py" line="70"/>
        <source>选择…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/admin/backup_tab.py" line="75"/>
        <source>备份到(&amp;F)：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/admin/backup_tab.py" line="76"/>
        <source>加密备份（生成恢复密钥，只显示一次）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/admin/backup_tab.py" line="79"/>
        <source>开始备份(&amp;B)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/admin/backup_tab.py" line="89"/>
        <source>自动备份（本机数据库，每天首次启动时）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/admin/backup_tab.py" line="91"/>
        <source>每天自动备份到数据目录的 backups 文件夹</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/admin/backup_tab.py" line="98"/>
        <source>保留最近(&amp;K)：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/admin/backup_tab.py" line="103"/>
        <source> 天</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/admin/backup_tab.py" line="104"/>
        <source>超过多久未备份时提醒(&amp;W)：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/admin/backup_tab.py" line="105"/>
        <source>保存设置(&amp;S)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/admin/backup_tab.py" line="129"/>
        <source>还没有备份。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/admin/backup_tab.py" line="131"/>
        <source>最近的备份：%1（%2）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/admin/backup_tab.py" line="134"/>
        <source>⚠ 已超过 %1 天没有完好的备份。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/admin/backup_tab.py" line="138"/>
        <source>备份到</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/admin/backup_tab.py" line="147"/>
        <source>正在备份…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/admin/backup_tab.py" line="147"/>
        <source>取消</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/admin/backup_tab.py" line="148"/>
        <source>备份</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/admin/backup_tab.py" line="176"/>
        <source>已备份到：%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/admin/backup_tab.py" line="178"/>
        <source>恢复密钥（只显示这一次，请抄下并与备份分开保存）：%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/admin/backup_tab.py" line="191"/>
        <source>备份已取消，未留下不完整的文件。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/admin/backup_tab.py" line="201"/>
        <source>自动备份设置已保存。</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CaseDetailView</name>
    <message>
        <location filename="../../ui/cases/detail.py" line="57"/>
        <source>← 返回列表</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cases/detail.py" line="58"/>
        <source>Alt+←</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cases/detail.py" line="66"/>
        <source>中止处理中</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cases/detail.py" line="72"/>
        <source>调解中</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cases/detail.py" line="78"/>
        <source>修改请求信息(&amp;E)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cases/detail.py" line="82"/>
        <source>刷新</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cases/detail.py" line="117"/>
        <source>概况</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cases/detail.py" line="117"/>
        <source>当事人</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cases/detail.py" line="118"/>
        <source>专利</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cases/detail.py" line="118"/>
        <source>合议组</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cases/detail.py" line="119"/>
        <source>期限</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cases/detail.py" line="119"/>
        <source>时间线</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cases/detail.py" line="131"/>
        <source>当事人信息更正已保存。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cases/detail.py" line="134"/>
        <source>操作(&amp;A)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cases/detail.py" line="170"/>
        <source>未立案</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cases/detail.py" line="175"/>
        <source>结案期限已延长 %1 次</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cases/detail.py" line="178"/>
        <source>待审批：%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cases/detail.py" line="182"/>
        <source>%1&#x3000;%2（%3）&#x3000;请求人：%4&#x3000;被请求人：%5&#x3000;承办人：%6</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cases/detail.py" line="210"/>
        <source>须经部门负责人批准</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cases/detail.py" line="214"/>
        <source>（提交审批）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cases/detail.py" line="217"/>
        <source>当前没有可进行的操作。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cases/detail.py" line="220"/>
        <source>（无可进行的操作）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cases/detail.py" line="227"/>
        <source>立案前须依法组成合议组：请在“合议组”页指定合议组长、审理员和书记员。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cases/detail.py" line="229"/>
        <source>合议组不完整（如决定回避后尚未指定接替人员）：补足前，口审、合议等工作不能进行。请在“合议组”页补足。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cases/detail.py" line="251"/>
        <source>“%1”已提交部门负责人审批。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cases/detail.py" line="253"/>
        <source>已完成：%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cases/detail.py" line="274"/>
        <source>合议组已保存。</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CaseFilterBar</name>
    <message>
        <location filename="../../ui/cases/filter_bar.py" line="28"/>
        <source>搜索：案号、当事人名称（可只输一两个字）、专利号  Ctrl+F</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cases/filter_bar.py" line="35"/>
        <source>未立案</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cases/filter_bar.py" line="36"/>
        <source>办理中（已立案）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cases/filter_bar.py" line="37"/>
        <source>已结案</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cases/filter_bar.py" line="38"/>
        <source>只看%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cases/filter_bar.py" line="47"/>
        <source>全部状态</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cases/filter_bar.py" line="58"/>
        <source>全部专利类型</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cases/filter_bar.py" line="65"/>
        <source>中止中</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cases/filter_bar.py" line="70"/>
        <source>收到日期</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cases/filter_bar.py" line="71"/>
        <source>立案日期</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cases/filter_bar.py" line="76"/>
        <source>清除筛选(&amp;R)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cases/filter_bar.py" line="139"/>
        <source>状态：全部</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cases/filter_bar.py" line="141"/>
        <source>状态：%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cases/filter_bar.py" line="143"/>
        <source>状态：%1 项</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CaseHearingsTab</name>
    <message>
        <location filename="../../ui/hearings/case_tab.py" line="54"/>
        <source>安排口审(&amp;S)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/hearings/case_tab.py" line="54"/>
        <source>变更安排(&amp;M)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/hearings/case_tab.py" line="55"/>
        <source>续行口审(&amp;C)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/hearings/case_tab.py" line="55"/>
        <source>登记回执(&amp;R)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/hearings/case_tab.py" line="56"/>
        <source>延期申请(&amp;P)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/hearings/case_tab.py" line="56"/>
        <source>决定延期申请(&amp;D)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/hearings/case_tab.py" line="57"/>
        <source>结束本次口审(&amp;E)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/hearings/case_tab.py" line="57"/>
        <source>口审笔录(&amp;B)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/hearings/case_tab.py" line="73"/>
        <source>口头审理通知与回执（回执自收到通知之日起计算，逾期标红）：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/hearings/case_tab.py" line="76"/>
        <source>延期口审申请：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/hearings/case_tab.py" line="94"/>
        <source>本案已定于 %1 在“%2”口审，但尚未登记到口审日程：请点击“安排口审”登记口审庭和参加人员。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/hearings/case_tab.py" line="99"/>
        <source>公开</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/hearings/case_tab.py" line="99"/>
        <source>不公开</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/hearings/case_tab.py" line="100"/>
        <source>线上</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/hearings/case_tab.py" line="129"/>
        <source>尚未安排口审。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/hearings/case_tab.py" line="138"/>
        <source>代理人：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/hearings/case_tab.py" line="140"/>
        <source>线上：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/hearings/case_tab.py" line="142"/>
        <source>已确认的警示：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/hearings/case_tab.py" line="146"/>
        <source>未送达</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/hearings/case_tab.py" line="150"/>
        <source>（逾期）</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CaseIntakeTab</name>
    <message>
        <location filename="../../ui/intake/case_tab.py" line="41"/>
        <source>收案登记</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/intake/case_tab.py" line="44"/>
        <source>同一专利、同一被请求人的其他记录</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/intake/case_tab.py" line="48"/>
        <source>编号/案号</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/intake/case_tab.py" line="48"/>
        <source>被请求人</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/intake/case_tab.py" line="48"/>
        <source>状态</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/intake/case_tab.py" line="49"/>
        <source>提示</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/intake/case_tab.py" line="56"/>
        <source>登记簿中没有同一专利、同一被请求人的其他记录。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/intake/case_tab.py" line="68"/>
        <source>重复侵权：被请求人已被 %1 裁决认定侵犯同一专利权（《专利纠纷行政裁决和调解办法》第三十四条）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/intake/case_tab.py" line="74"/>
        <source>本案直接登记，未经收案登记簿。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/intake/case_tab.py" line="76"/>
        <source>收案编号</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/intake/case_tab.py" line="76"/>
        <source>事项</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/intake/case_tab.py" line="77"/>
        <source>渠道</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/intake/case_tab.py" line="78"/>
        <source>收到时间</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/intake/case_tab.py" line="79"/>
        <source>程序</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/intake/case_tab.py" line="79"/>
        <source>未定</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/intake/case_tab.py" line="80"/>
        <source>规则建议</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/intake/case_tab.py" line="81"/>
        <source>改变建议的理由</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/intake/case_tab.py" line="90"/>
        <source>重复侵权</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/intake/case_tab.py" line="91"/>
        <source>未立案案件</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CaseListView</name>
    <message>
        <location filename="../../ui/cases/list_section.py" line="46"/>
        <source>上一页(&amp;P)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cases/list_section.py" line="46"/>
        <source>下一页(&amp;N)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cases/list_section.py" line="58"/>
        <source>行政裁决案件登记</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cases/list_section.py" line="59"/>
        <source>案件列表</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cases/list_section.py" line="86"/>
        <source>搜索：%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cases/list_section.py" line="89"/>
        <source>导出时间：%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cases/list_section.py" line="121"/>
        <source>没有找到与“%1”相符的案件</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cases/list_section.py" line="122"/>
        <source>没有符合条件的案件</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CaseTableModel</name>
    <message>
        <location filename="../../ui/cases/table_model.py" line="39"/>
        <location filename="../../ui/cases/table_model.py" line="98"/>
        <source>案号</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cases/table_model.py" line="101"/>
        <source>状态</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cases/table_model.py" line="40"/>
        <location filename="../../ui/cases/table_model.py" line="103"/>
        <source>专利号</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cases/table_model.py" line="104"/>
        <source>专利名称</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cases/table_model.py" line="41"/>
        <location filename="../../ui/cases/table_model.py" line="105"/>
        <source>请求人</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cases/table_model.py" line="42"/>
        <location filename="../../ui/cases/table_model.py" line="106"/>
        <source>被请求人</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cases/table_model.py" line="43"/>
        <source>代理人</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cases/table_model.py" line="44"/>
        <source>统一社会信用代码</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cases/table_model.py" line="107"/>
        <source>承办人</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cases/table_model.py" line="108"/>
        <source>收到日期</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cases/table_model.py" line="109"/>
        <source>立案日期</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cases/table_model.py" line="110"/>
        <source>结案期限</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cases/table_model.py" line="112"/>
        <source>特征</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cases/table_model.py" line="114"/>
        <source>匹配项</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CloseRecordDialog</name>
    <message>
        <location filename="../../ui/hearings/close_dialog.py" line="33"/>
        <source>结束口审</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/hearings/close_dialog.py" line="35"/>
        <source>笔录记载请求人方无人到庭。请求人经书面通知，无正当理由拒不参加口头审理的，按撤回请求处理（须经部门负责人批准）；有正当理由的，请以休庭结束本次口审并另行安排。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/hearings/close_dialog.py" line="38"/>
        <source>笔录记载被请求人方无人到庭：口审完毕时记明被请求人缺席，本案缺席审理。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/hearings/close_dialog.py" line="40"/>
        <source>各方均已到庭。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/hearings/close_dialog.py" line="50"/>
        <source>口头审理完毕(&amp;H)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/hearings/close_dialog.py" line="51"/>
        <source>休庭，另行续行口审(&amp;A)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/hearings/close_dialog.py" line="52"/>
        <source>请求人无正当理由拒不到庭，按撤回请求处理(&amp;W)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/hearings/close_dialog.py" line="61"/>
        <source>结束方式：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/hearings/close_dialog.py" line="64"/>
        <source>日期(&amp;D)：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/hearings/close_dialog.py" line="69"/>
        <source>休庭的，写明原因（如回避申请待决定、需补充证据、双方和解）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/hearings/close_dialog.py" line="70"/>
        <source>说明(&amp;N)：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/hearings/close_dialog.py" line="84"/>
        <source>按撤回请求处理</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/hearings/close_dialog.py" line="85"/>
        <source>确定请求人无正当理由拒不参加口头审理，按撤回请求处理吗？
将提交部门负责人审批，批准后撤销本案。</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CloseSessionDialog</name>
    <message>
        <location filename="../../ui/hearings/forms.py" line="129"/>
        <source>结束本次口审</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/hearings/forms.py" line="130"/>
        <source>口头审理完毕(&amp;H)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/hearings/forms.py" line="131"/>
        <source>休庭，另行安排续行口审(&amp;J)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/hearings/forms.py" line="135"/>
        <source>日期(&amp;D)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/hearings/forms.py" line="137"/>
        <source>被请求人缺席（缺席审理）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/hearings/forms.py" line="138"/>
        <source>休庭原因/说明(&amp;N)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CorrectionDecisionDialog</name>
    <message>
        <location filename="../../ui/cases/correction_dialog.py" line="96"/>
        <source>审批当事人信息更正</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cases/correction_dialog.py" line="104"/>
        <source>批准(&amp;Y)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cases/correction_dialog.py" line="107"/>
        <source>不予批准(&amp;N)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cases/correction_dialog.py" line="109"/>
        <source>决定：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cases/correction_dialog.py" line="111"/>
        <source>意见(&amp;O)：</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CorrectionsBox</name>
    <message>
        <location filename="../../ui/cases/corrections_box.py" line="39"/>
        <source>当事人信息更正（立案后，须经部门负责人批准）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cases/corrections_box.py" line="43"/>
        <source>更正当事人信息(&amp;U)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cases/corrections_box.py" line="46"/>
        <source>审批更正(&amp;D)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cases/corrections_box.py" line="54"/>
        <source>当事人</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cases/corrections_box.py" line="54"/>
        <source>更正内容</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cases/corrections_box.py" line="54"/>
        <source>理由</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cases/corrections_box.py" line="54"/>
        <source>状态</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cases/corrections_box.py" line="55"/>
        <source>报请人</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cases/corrections_box.py" line="55"/>
        <source>审批</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Cover</name>
    <message>
        <location filename="../../ui/shell/idle_lock.py" line="96"/>
        <source>已锁定</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DashboardView</name>
    <message>
        <location filename="../../ui/workbench/section.py" line="56"/>
        <source>我的期限</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/workbench/section.py" line="64"/>
        <source>&lt;span style=&quot;background:#ffcdd2;color:#b71c1c&quot;&gt;&amp;nbsp;已逾期&amp;nbsp;&lt;/span&gt;&amp;nbsp;&lt;span style=&quot;background:#ffe082;color:#5d4000&quot;&gt;&amp;nbsp;3 个工作日内到期&amp;nbsp;&lt;/span&gt;&amp;nbsp;&amp;nbsp;（暂定）= 该年节假日尚未录入</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/workbench/section.py" line="68"/>
        <source>显示所有人的期限(&amp;E)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/workbench/section.py" line="98"/>
        <source>待我审批</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/workbench/section.py" line="98"/>
        <source>我提交的待审批事项</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/workbench/section.py" line="124"/>
        <source>选择一项，在此查看全部内容</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/workbench/section.py" line="131"/>
        <source>审批(&amp;A)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/workbench/section.py" line="131"/>
        <source>审核(&amp;A)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/workbench/section.py" line="135"/>
        <source>打开案件(&amp;O)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/workbench/section.py" line="165"/>
        <source>共 %1 项，已逾期 %2 项，即将到期 %3 项</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/workbench/section.py" line="182"/>
        <source>待我审批 %1 项</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/workbench/section.py" line="184"/>
        <source>（另有 %1 项我已审核，待部门负责人审批）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/workbench/section.py" line="187"/>
        <source>我提交的待审批事项 %1 项</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/workbench/section.py" line="195"/>
        <source>审批事项</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/workbench/section.py" line="196"/>
        <source>案号</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/workbench/section.py" line="196"/>
        <source>未立案</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/workbench/section.py" line="196"/>
        <source>当事人</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/workbench/section.py" line="197"/>
        <source>专利号</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/workbench/section.py" line="198"/>
        <source>提请人</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/workbench/section.py" line="199"/>
        <source>审核状态</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/workbench/section.py" line="199"/>
        <source>处(科)室审核意见</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DateRange</name>
    <message>
        <location filename="../../ui/common/date_range.py" line="30"/>
        <source>至</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DeadlineSettingsPage</name>
    <message>
        <location filename="../../ui/admin/deadline_rules_tab.py" line="35"/>
        <source>立案审查期限</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/admin/deadline_rules_tab.py" line="35"/>
        <location filename="../../ui/admin/deadline_rules_tab.py" line="36"/>
        <location filename="../../ui/admin/deadline_rules_tab.py" line="37"/>
        <location filename="../../ui/admin/deadline_rules_tab.py" line="40"/>
        <location filename="../../ui/admin/deadline_rules_tab.py" line="41"/>
        <location filename="../../ui/admin/deadline_rules_tab.py" line="45"/>
        <source>个工作日</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/admin/deadline_rules_tab.py" line="36"/>
        <source>立案审查期限可延长</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/admin/deadline_rules_tab.py" line="37"/>
        <source>送达请求书副本</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/admin/deadline_rules_tab.py" line="38"/>
        <source>答辩期</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/admin/deadline_rules_tab.py" line="38"/>
        <location filename="../../ui/admin/deadline_rules_tab.py" line="39"/>
        <location filename="../../ui/admin/deadline_rules_tab.py" line="42"/>
        <location filename="../../ui/admin/deadline_rules_tab.py" line="44"/>
        <source>日</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/admin/deadline_rules_tab.py" line="39"/>
        <source>答辩期（在中国境内无住所）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/admin/deadline_rules_tab.py" line="40"/>
        <source>转送答辩书副本</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/admin/deadline_rules_tab.py" line="41"/>
        <source>申请回避期限</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/admin/deadline_rules_tab.py" line="42"/>
        <source>举证期限（不少于15日）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/admin/deadline_rules_tab.py" line="43"/>
        <source>结案期限</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/admin/deadline_rules_tab.py" line="43"/>
        <source>个月</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/admin/deadline_rules_tab.py" line="44"/>
        <source>起诉期限</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/admin/deadline_rules_tab.py" line="45"/>
        <source>口头审理通知至少提前</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/admin/deadline_rules_tab.py" line="45"/>
        <source>M25 第二十六条；〔暂定解释〕</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/admin/deadline_rules_tab.py" line="46"/>
        <source>补正后立案审查期限自收到补正材料起重新计算</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/admin/deadline_rules_tab.py" line="47"/>
        <source>M25 第十六条未规定；〔暂定解释〕</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/admin/deadline_rules_tab.py" line="57"/>
        <source>修改后，所有未结案件的期限将按新规则重新计算。标注“暂定解释”的项目是法规未明确、由本机关确定的做法。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/admin/deadline_rules_tab.py" line="67"/>
        <source>〔暂定解释〕</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/admin/deadline_rules_tab.py" line="85"/>
        <source>保存并重新计算(&amp;V)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/admin/deadline_rules_tab.py" line="87"/>
        <source>恢复默认值(&amp;D)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/admin/deadline_rules_tab.py" line="123"/>
        <source>期限规则已被他人修改</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/admin/deadline_rules_tab.py" line="130"/>
        <source>期限规则</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/admin/deadline_rules_tab.py" line="130"/>
        <source>已保存。已重新计算 %1 件案件的期限，其中 %2 个期限发生变化。</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DeadlineTableModel</name>
    <message>
        <location filename="../../ui/common/deadline_model.py" line="119"/>
        <source>到期日</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/common/deadline_model.py" line="122"/>
        <source>剩余</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/common/deadline_model.py" line="124"/>
        <source>期限</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/common/deadline_model.py" line="126"/>
        <source>案号</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/common/deadline_model.py" line="128"/>
        <source>专利号</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/common/deadline_model.py" line="130"/>
        <source>当事人</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/common/deadline_model.py" line="132"/>
        <source>承办人</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/common/deadline_model.py" line="134"/>
        <source>起算日</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/common/deadline_model.py" line="136"/>
        <source>状态</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/common/deadline_model.py" line="138"/>
        <source>计算依据</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DecidePostponementDialog</name>
    <message>
        <location filename="../../ui/hearings/forms.py" line="102"/>
        <source>合议组决定延期申请</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/hearings/forms.py" line="104"/>
        <source>（逾期提出）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/hearings/forms.py" line="105"/>
        <source>申请人</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/hearings/forms.py" line="106"/>
        <source>申请理由</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/hearings/forms.py" line="107"/>
        <source>准予延期，重新安排口审(&amp;G)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/hearings/forms.py" line="108"/>
        <source>不予延期(&amp;F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/hearings/forms.py" line="112"/>
        <source>决定理由(&amp;R)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/hearings/forms.py" line="118"/>
        <source>必须填写</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DocumentDialog</name>
    <message>
        <location filename="../../ui/documents/document_dialog.py" line="67"/>
        <source>文书 — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/documents/document_dialog.py" line="67"/>
        <source>未立案</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/documents/document_dialog.py" line="77"/>
        <source>文书(&amp;T)：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/documents/document_dialog.py" line="80"/>
        <source>受送达人(&amp;R)：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/documents/document_dialog.py" line="83"/>
        <source>所涉文书(&amp;J)：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/documents/document_dialog.py" line="92"/>
        <source>签发人(&amp;S)：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/documents/document_dialog.py" line="97"/>
        <source>更正 %1：签发后原文书作废，新文书载明所更正的文号。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/documents/document_dialog.py" line="101"/>
        <source>机关、案号、当事人、专利、合议组、日期、期限和法律依据由系统自动填入；请只填写下面需要您撰写的内容。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/documents/document_dialog.py" line="113"/>
        <source>预览(&amp;P)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/documents/document_dialog.py" line="114"/>
        <source>签发(&amp;I)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/documents/document_dialog.py" line="158"/>
        <source>文书已印有“%1”，请直接写其后的内容</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/documents/document_dialog.py" line="162"/>
        <source>（选填）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/documents/document_dialog.py" line="166"/>
        <source>本文书的内容全部由系统根据案件信息生成，无需填写。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/documents/document_dialog.py" line="201"/>
        <source>正在读取…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/documents/document_dialog.py" line="215"/>
        <source>本文书执行已批准的决定，签发人为审批的部门负责人。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/documents/document_dialog.py" line="217"/>
        <source>（请选择）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/documents/document_dialog.py" line="223"/>
        <source>签发人是批准签发的部门负责人；您作为制作人记录。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/documents/document_dialog.py" line="224"/>
        <source>本机关没有可作为签发人的部门负责人账户。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/documents/document_dialog.py" line="254"/>
        <source>预览：%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/documents/document_dialog.py" line="255"/>
        <source>草稿预览：文号在签发时编定，签发前内容仍可修改。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/documents/document_dialog.py" line="275"/>
        <source>签发文书</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/documents/document_dialog.py" line="276"/>
        <source>签发后文书编号并存档，内容不能再修改（如有错误须另行更正）。确定签发“%1”吗？</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DocumentsSettingsPage</name>
    <message>
        <location filename="../../ui/documents/settings_tab.py" line="40"/>
        <source>标题（方正小标宋简体）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/documents/settings_tab.py" line="41"/>
        <source>正文（仿宋_GB2312）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/documents/settings_tab.py" line="42"/>
        <source>一级标题（黑体）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/documents/settings_tab.py" line="43"/>
        <source>二级标题（楷体_GB2312）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/documents/settings_tab.py" line="44"/>
        <source>页码、表格（宋体）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/documents/settings_tab.py" line="54"/>
        <source>公告送达视为送达的期间：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/documents/settings_tab.py" line="58"/>
        <source> 日</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/documents/settings_tab.py" line="61"/>
        <source>公告发出之日起经过此期间，即视为送达（民事诉讼法第九十五条为30日，原办案指南为60日）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/documents/settings_tab.py" line="65"/>
        <source>文号格式（每类文书每年单独连续编号；占位符 {机关简称}、{YYYY}、{n}）：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/documents/settings_tab.py" line="68"/>
        <location filename="../../ui/documents/settings_tab.py" line="171"/>
        <source>文书</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/documents/settings_tab.py" line="68"/>
        <source>文号格式</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/documents/settings_tab.py" line="73"/>
        <source>文书字体（本机未安装公文字体时使用的替代字体文件，留空则自动选择）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/documents/settings_tab.py" line="79"/>
        <source>自动：已安装的公文字体，否则内置字体</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/documents/settings_tab.py" line="80"/>
        <source>浏览…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/documents/settings_tab.py" line="88"/>
        <source>行政裁决书</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/documents/settings_tab.py" line="90"/>
        <source>裁决书另行编写文号（不勾选时，以案号作为裁决书的编号）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/documents/settings_tab.py" line="92"/>
        <source>当事人信息中载明统一社会信用代码、居民身份证号码（公开的裁决书通常不载明）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/documents/settings_tab.py" line="96"/>
        <source>例如：宁波市中级人民法院、上海知识产权法院；留空则写“人民法院”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/documents/settings_tab.py" line="97"/>
        <source>编号：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/documents/settings_tab.py" line="98"/>
        <source>当事人：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/documents/settings_tab.py" line="99"/>
        <source>行政诉讼管辖法院：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/documents/settings_tab.py" line="109"/>
        <source>保存(&amp;V)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/documents/settings_tab.py" line="111"/>
        <source>打开本机关模板文件夹(&amp;T)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/documents/settings_tab.py" line="113"/>
        <source>在此文件夹中放入与 resources/templates 同名的模板文件，即可修改文书的措辞或版头，无需改动程序。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/documents/settings_tab.py" line="153"/>
        <source>选择字体文件</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/documents/settings_tab.py" line="154"/>
        <source>TrueType 字体 (*.ttf *.ttc *.TTF *.TTC)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/documents/settings_tab.py" line="164"/>
        <source>文书设置已被他人修改</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/documents/settings_tab.py" line="171"/>
        <source>已保存。</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DocumentsTab</name>
    <message>
        <location filename="../../ui/documents/case_tab.py" line="61"/>
        <source>新建文书(&amp;N)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/documents/case_tab.py" line="63"/>
        <source>预览/打印(&amp;V)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/documents/case_tab.py" line="64"/>
        <source>用 Word/WPS 打开(&amp;W)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/documents/case_tab.py" line="65"/>
        <source>更正(&amp;C)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/documents/case_tab.py" line="66"/>
        <source>生成送达回证(&amp;B)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/documents/case_tab.py" line="67"/>
        <source>为本案每份已签发文书的每个受送达人生成一份送达回证</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/documents/case_tab.py" line="68"/>
        <source>添加附件(&amp;A)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/documents/case_tab.py" line="69"/>
        <source>装订案卷(&amp;K)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/documents/case_tab.py" line="78"/>
        <source>文书</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/documents/case_tab.py" line="78"/>
        <source>文号</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/documents/case_tab.py" line="78"/>
        <source>受送达人/对象</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/documents/case_tab.py" line="78"/>
        <source>签发时间</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/documents/case_tab.py" line="79"/>
        <source>签发人</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/documents/case_tab.py" line="79"/>
        <source>页数</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/documents/case_tab.py" line="79"/>
        <source>送达记录</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/documents/case_tab.py" line="79"/>
        <location filename="../../ui/documents/case_tab.py" line="171"/>
        <source>更正</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/documents/case_tab.py" line="79"/>
        <source>制作人</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/documents/case_tab.py" line="86"/>
        <source>附件（证据等，装订入卷）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/documents/case_tab.py" line="87"/>
        <source>名称</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/documents/case_tab.py" line="87"/>
        <source>文件</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/documents/case_tab.py" line="87"/>
        <source>添加时间</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/documents/case_tab.py" line="87"/>
        <source>大小</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/documents/case_tab.py" line="117"/>
        <source>更正 %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/documents/case_tab.py" line="118"/>
        <source>已被 %1 更正</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/documents/case_tab.py" line="153"/>
        <source>已签发的文书不能修改；如有错误请使用“更正”。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/documents/case_tab.py" line="171"/>
        <source>该文书已被 %1 更正，请更正最新的文书。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/documents/case_tab.py" line="186"/>
        <source>送达回证</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/documents/case_tab.py" line="186"/>
        <source>每份已签发文书的送达回证都已生成。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/documents/case_tab.py" line="194"/>
        <source>批量生成</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/documents/case_tab.py" line="194"/>
        <source>已签发 %1 份；取消 %2 份（未编号）。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/documents/case_tab.py" line="199"/>
        <location filename="../../ui/documents/case_tab.py" line="202"/>
        <source>添加附件</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/documents/case_tab.py" line="200"/>
        <source>PDF 或图片 (*.pdf *.png *.jpg *.jpeg *.tif *.tiff *.bmp)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/documents/case_tab.py" line="202"/>
        <source>附件名称：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/documents/case_tab.py" line="228"/>
        <source>正在装订案卷…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/documents/case_tab.py" line="254"/>
        <source>案卷-%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/documents/case_tab.py" line="256"/>
        <source>案卷共 %1 件文件、%2 页（连续编号）。请“另存为”保存后归档。</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DocumentsView</name>
    <message>
        <location filename="../../ui/documents/section.py" line="48"/>
        <source>批量签发口头审理通知书，口审日期：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/documents/section.py" line="52"/>
        <source>批量签发(&amp;H)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/documents/section.py" line="65"/>
        <location filename="../../ui/documents/section.py" line="89"/>
        <source>案号</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/documents/section.py" line="65"/>
        <location filename="../../ui/documents/section.py" line="89"/>
        <source>文书</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/documents/section.py" line="65"/>
        <location filename="../../ui/documents/section.py" line="89"/>
        <source>文号</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/documents/section.py" line="65"/>
        <source>受送达人</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/documents/section.py" line="66"/>
        <location filename="../../ui/documents/section.py" line="90"/>
        <source>签发时间</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/documents/section.py" line="66"/>
        <source>公告期满视为送达</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/documents/section.py" line="69"/>
        <location filename="../../ui/documents/section.py" line="109"/>
        <source>待送达</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/documents/section.py" line="90"/>
        <source>制作人</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/documents/section.py" line="94"/>
        <location filename="../../ui/documents/section.py" line="116"/>
        <source>已签发文书</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/documents/section.py" line="76"/>
        <source>文号、案号、当事人</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/documents/section.py" line="79"/>
        <source>全部文书</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/documents/section.py" line="83"/>
        <source>预览/打印(&amp;V)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/documents/section.py" line="85"/>
        <source>打开案件(&amp;O)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/documents/section.py" line="89"/>
        <source>受送达人/对象</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/documents/section.py" line="90"/>
        <source>签发人</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/documents/section.py" line="90"/>
        <source>送达记录</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/documents/section.py" line="110"/>
        <source>共 %1 项待送达；双击打开案件，在“送达”页登记。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/documents/section.py" line="151"/>
        <location filename="../../ui/documents/section.py" line="156"/>
        <source>口头审理通知书</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/documents/section.py" line="151"/>
        <source>该日没有安排口头审理的案件。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/documents/section.py" line="157"/>
        <source>将为 %1 件案件的 %2 名当事人各签发一份口头审理通知书。继续吗？</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/documents/section.py" line="169"/>
        <source>批量签发</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/documents/section.py" line="169"/>
        <source>已签发 %1 份；取消 %2 份（未编号）。</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DrillBar</name>
    <message>
        <location filename="../../ui/common/drill_bar.py" line="20"/>
        <source>取消统计筛选</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EvidenceTab</name>
    <message>
        <location filename="../../ui/evidence/case_tab.py" line="52"/>
        <source>证据登记</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/evidence/case_tab.py" line="53"/>
        <source>调查取证</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/evidence/case_tab.py" line="54"/>
        <source>举证期限</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/evidence/case_tab.py" line="75"/>
        <source>登记证据(&amp;A)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/evidence/case_tab.py" line="76"/>
        <source>修改/添加文件…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/evidence/case_tab.py" line="77"/>
        <source>采信…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/evidence/case_tab.py" line="78"/>
        <source>不予采信…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/evidence/case_tab.py" line="79"/>
        <source>打开文件</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/evidence/case_tab.py" line="80"/>
        <source>校验文件(&amp;V)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/evidence/case_tab.py" line="81"/>
        <source>打印证据材料清单(&amp;P)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/evidence/case_tab.py" line="84"/>
        <source>序号</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/evidence/case_tab.py" line="84"/>
        <source>名称</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/evidence/case_tab.py" line="84"/>
        <source>递交人</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/evidence/case_tab.py" line="84"/>
        <source>收到日期</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/evidence/case_tab.py" line="85"/>
        <source>所要说明的事实</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/evidence/case_tab.py" line="85"/>
        <source>页数</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/evidence/case_tab.py" line="85"/>
        <source>原件/复印件</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/evidence/case_tab.py" line="86"/>
        <source>文件（SHA-256 校验）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/evidence/case_tab.py" line="86"/>
        <source>认定</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/evidence/case_tab.py" line="86"/>
        <location filename="../../ui/evidence/case_tab.py" line="129"/>
        <source>理由</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/evidence/case_tab.py" line="99"/>
        <source>新建(&amp;N)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/evidence/case_tab.py" line="100"/>
        <source>登记保存处理决定…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/evidence/case_tab.py" line="101"/>
        <source>收到鉴定意见…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/evidence/case_tab.py" line="102"/>
        <source>制作文书(&amp;D)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/evidence/case_tab.py" line="103"/>
        <source>解除登记保存决定书…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/evidence/case_tab.py" line="105"/>
        <source>调查笔录…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/evidence/case_tab.py" line="106"/>
        <source>现场检查（勘验）笔录…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/evidence/case_tab.py" line="107"/>
        <source>抽样取证…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/evidence/case_tab.py" line="108"/>
        <source>证据登记保存…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/evidence/case_tab.py" line="109"/>
        <source>委托技术鉴定…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/evidence/case_tab.py" line="110"/>
        <source>技术调查官意见…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/evidence/case_tab.py" line="114"/>
        <source>类别</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/evidence/case_tab.py" line="114"/>
        <source>日期</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/evidence/case_tab.py" line="114"/>
        <source>对象/机构/地点</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/evidence/case_tab.py" line="114"/>
        <source>人员</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/evidence/case_tab.py" line="115"/>
        <source>情况</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/evidence/case_tab.py" line="123"/>
        <source>延长举证期限(&amp;E)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/evidence/case_tab.py" line="125"/>
        <location filename="../../ui/evidence/case_tab.py" line="128"/>
        <source>当事人</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/evidence/case_tab.py" line="125"/>
        <source>起算日</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/evidence/case_tab.py" line="125"/>
        <source>届满日</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/evidence/case_tab.py" line="125"/>
        <source>计算过程</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/evidence/case_tab.py" line="128"/>
        <source>申请日</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/evidence/case_tab.py" line="128"/>
        <source>决定日</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/evidence/case_tab.py" line="128"/>
        <source>延长</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/evidence/case_tab.py" line="129"/>
        <source>原届满日 → 新届满日</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/evidence/case_tab.py" line="130"/>
        <source>延长记录（延长期间不计入结案期限）：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/evidence/case_tab.py" line="150"/>
        <source>原件</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/evidence/case_tab.py" line="150"/>
        <source>复印件</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/evidence/case_tab.py" line="159"/>
        <source>待作出处理决定</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/evidence/case_tab.py" line="162"/>
        <source>%1 项物品</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/evidence/case_tab.py" line="165"/>
        <source>鉴定中，已暂停结案期限 %1 日</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/evidence/case_tab.py" line="166"/>
        <source>已收到意见，暂停 %1 日</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/evidence/case_tab.py" line="167"/>
        <source>技术鉴定</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/evidence/case_tab.py" line="171"/>
        <source>技术调查官意见</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/evidence/case_tab.py" line="172"/>
        <source>（附 %1 个文件）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/evidence/case_tab.py" line="178"/>
        <source>%1 日</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/evidence/case_tab.py" line="183"/>
        <source>✓</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/evidence/case_tab.py" line="183"/>
        <source>✗ 已被改动</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/evidence/case_tab.py" line="260"/>
        <source>校验 %1 个文件：以下文件与登记时的 SHA-256 不一致，可能已被改动：%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/evidence/case_tab.py" line="264"/>
        <source>校验 %1 个文件：全部与登记时一致。</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HearingCalendarView</name>
    <message>
        <location filename="../../ui/hearings/calendar_section.py" line="60"/>
        <source>周(&amp;W)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/hearings/calendar_section.py" line="61"/>
        <source>月(&amp;Y)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/hearings/calendar_section.py" line="69"/>
        <source>◀ 上一页</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/hearings/calendar_section.py" line="69"/>
        <source>今天(&amp;T)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/hearings/calendar_section.py" line="69"/>
        <source>下一页 ▶</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/hearings/calendar_section.py" line="80"/>
        <source>显示(&amp;F)：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/hearings/calendar_section.py" line="86"/>
        <source>全部口审</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/hearings/calendar_section.py" line="103"/>
        <source>周</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/hearings/calendar_section.py" line="109"/>
        <source>待办：回执与延期申请</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/hearings/calendar_section.py" line="181"/>
        <source>口审庭：%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/hearings/calendar_section.py" line="186"/>
        <source>人员：%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/hearings/calendar_section.py" line="208"/>
        <source>%1年%2月</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/hearings/calendar_section.py" line="220"/>
        <source>%1 今天</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/hearings/calendar_section.py" line="244"/>
        <source>（无）</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HearingDialog</name>
    <message>
        <location filename="../../ui/hearings/schedule_dialog.py" line="63"/>
        <source>口审庭(&amp;R)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/hearings/schedule_dialog.py" line="78"/>
        <source>日期和时间(&amp;D)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/hearings/schedule_dialog.py" line="79"/>
        <source>公开审理(&amp;P)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/hearings/schedule_dialog.py" line="82"/>
        <source>已发布公告，日期：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/hearings/schedule_dialog.py" line="88"/>
        <source>线上口审(&amp;O)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/hearings/schedule_dialog.py" line="91"/>
        <source>平台及会议号/链接，如 腾讯会议 123-456-789</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/hearings/schedule_dialog.py" line="96"/>
        <source>参加人员(&amp;M)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/hearings/schedule_dialog.py" line="101"/>
        <source>变更理由(&amp;Y)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/hearings/schedule_dialog.py" line="107"/>
        <source>规则检查（口审庭、人员冲突、工作日、通知和公告期限）：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/hearings/schedule_dialog.py" line="111"/>
        <source>有警示时须说明仍按此安排的理由（记入时间线）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/hearings/schedule_dialog.py" line="113"/>
        <source>确认警示的理由(&amp;W)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/hearings/schedule_dialog.py" line="131"/>
        <source>准予延期：重新安排口审</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/hearings/schedule_dialog.py" line="133"/>
        <source>变更口审安排</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/hearings/schedule_dialog.py" line="134"/>
        <source>续行口审</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/hearings/schedule_dialog.py" line="134"/>
        <source>安排口审</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/hearings/schedule_dialog.py" line="172"/>
        <source>%1座</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/hearings/schedule_dialog.py" line="173"/>
        <source>可线上</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/hearings/schedule_dialog.py" line="175"/>
        <source>不使用口审庭（纯线上）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/hearings/schedule_dialog.py" line="246"/>
        <source>✓ 没有冲突，符合通知和公告期限</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/hearings/schedule_dialog.py" line="284"/>
        <source>已发出变更通知书</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/hearings/schedule_dialog.py" line="284"/>
        <source>已签发口头审理变更通知书：%1，请送达当事人。</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HearingRecordEditor</name>
    <message>
        <location filename="../../ui/hearings/record_window.py" line="80"/>
        <source>口头审理笔录</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/hearings/record_window.py" line="113"/>
        <source>立即保存(&amp;S)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/hearings/record_window.py" line="114"/>
        <source>打印预览(&amp;P)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/hearings/record_window.py" line="115"/>
        <source>签发笔录(&amp;I)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/hearings/record_window.py" line="116"/>
        <source>结束口审(&amp;E)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/hearings/record_window.py" line="117"/>
        <source>关闭</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/hearings/record_window.py" line="154"/>
        <source>到庭人员（逐一核对身份后勾选；拒绝在笔录上签名的，勾选并写明情况）：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/hearings/record_window.py" line="158"/>
        <source>增加证人</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/hearings/record_window.py" line="158"/>
        <source>增加翻译人员</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/hearings/record_window.py" line="159"/>
        <source>增加鉴定人</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/hearings/record_window.py" line="173"/>
        <source>记录当庭回避申请(&amp;H)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/hearings/record_window.py" line="175"/>
        <source>登记为回避申请：被申请人员暂停参与本案，待部门负责人决定</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/hearings/record_window.py" line="188"/>
        <source>增加技术特征(&amp;F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/hearings/record_window.py" line="191"/>
        <source>删除所选行</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/hearings/record_window.py" line="210"/>
        <source>%1&#x3000;第%2次口审&#x3000;%3 — %4&#x3000;%5&#x3000;状态：%6</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/hearings/record_window.py" line="228"/>
        <source>已恢复未保存的内容，正在保存…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/hearings/record_window.py" line="231"/>
        <source>上次保存：%1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/hearings/record_window.py" line="268"/>
        <source>有未保存的修改（已存草稿）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/hearings/record_window.py" line="289"/>
        <source>已自动保存 %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/hearings/record_window.py" line="294"/>
        <source>保存失败：内容已存为草稿，未丢失</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/hearings/record_window.py" line="295"/>
        <source>此笔录已被他人修改</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/hearings/record_window.py" line="317"/>
        <source>%1申请%2回避，理由：%3。合议组宣布暂停口审，报请部门负责人决定；决定作出前，被申请人员暂停参与本案工作。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/hearings/record_window.py" line="337"/>
        <source>预览：%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/hearings/record_window.py" line="338"/>
        <source>草稿预览：签发后编号存档。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/hearings/record_window.py" line="342"/>
        <location filename="../../ui/hearings/record_window.py" line="352"/>
        <source>签发笔录</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/hearings/record_window.py" line="343"/>
        <source>签发后笔录编号存档，内容不能再修改。确定签发本次口审的笔录吗？</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/hearings/record_window.py" line="352"/>
        <source>已签发：%1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HearingRoomsPage</name>
    <message>
        <location filename="../../ui/hearings/rooms_tab.py" line="53"/>
        <source>口审庭</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/hearings/rooms_tab.py" line="59"/>
        <source>配备录音录像设备</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/hearings/rooms_tab.py" line="60"/>
        <source>可进行线上口审</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/hearings/rooms_tab.py" line="61"/>
        <source>启用（停用后不能再安排，已有记录保留）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/hearings/rooms_tab.py" line="63"/>
        <source>名称(&amp;N)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/hearings/rooms_tab.py" line="64"/>
        <source>地点(&amp;L)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/hearings/rooms_tab.py" line="65"/>
        <source>座位数(&amp;S)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/hearings/rooms_tab.py" line="74"/>
        <source>新增(&amp;A)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/hearings/rooms_tab.py" line="76"/>
        <source>保存口审庭(&amp;V)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/hearings/rooms_tab.py" line="85"/>
        <source>口审规则（本机关确定的做法；口审通知提前工作日数见“期限规则”）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/hearings/rooms_tab.py" line="99"/>
        <source>保存口审规则(&amp;R)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/hearings/rooms_tab.py" line="177"/>
        <source>口审规则</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/hearings/rooms_tab.py" line="177"/>
        <source>已保存。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/hearings/rooms_tab.py" line="182"/>
        <source>口审规则已被他人修改</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/hearings/rooms_tab.py" line="192"/>
        <source>口审庭信息已被他人修改</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HolidaysPage</name>
    <message>
        <location filename="../../ui/admin/holidays_tab.py" line="40"/>
        <source>导入文件格式（文本或 CSV，UTF-8）：每行一个日期，如
2027-01-01,holiday,元旦
2027-02-07,workday,春节调休
类型可写 holiday/假/休 或 workday/班/调休；# 开头为注释。一个文件可包含多个年份。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/admin/holidays_tab.py" line="72"/>
        <source>年份(&amp;Y)：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/admin/holidays_tab.py" line="78"/>
        <source>从文件导入(&amp;I)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/admin/holidays_tab.py" line="95"/>
        <source>如：国办发明电〔2026〕7号</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/admin/holidays_tab.py" line="96"/>
        <source>依据（通知文号）(&amp;N)：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/admin/holidays_tab.py" line="103"/>
        <location filename="../../ui/admin/holidays_tab.py" line="211"/>
        <source>放假</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/admin/holidays_tab.py" line="104"/>
        <location filename="../../ui/admin/holidays_tab.py" line="211"/>
        <source>调休上班</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/admin/holidays_tab.py" line="106"/>
        <source>名称，如 春节</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/admin/holidays_tab.py" line="107"/>
        <source>添加(&amp;A)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/admin/holidays_tab.py" line="109"/>
        <source>从</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/admin/holidays_tab.py" line="111"/>
        <source>至</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/admin/holidays_tab.py" line="120"/>
        <source>日期</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/admin/holidays_tab.py" line="120"/>
        <source>星期</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/admin/holidays_tab.py" line="120"/>
        <source>类型</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/admin/holidays_tab.py" line="120"/>
        <source>名称</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/admin/holidays_tab.py" line="129"/>
        <source>删除所选日期(&amp;R)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/admin/holidays_tab.py" line="131"/>
        <source>保存本年(&amp;S)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/admin/holidays_tab.py" line="134"/>
        <source>删除本年录入(&amp;D)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/admin/holidays_tab.py" line="187"/>
        <source>%1 年：使用内置的国务院办公厅放假安排数据。如需更正，可在此修改后保存（保存后以录入数据为准）。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/admin/holidays_tab.py" line="188"/>
        <source>%1 年：使用管理员录入的放假安排。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/admin/holidays_tab.py" line="189"/>
        <source>%1 年：尚无官方放假安排，期限暂按《全国年节及纪念日放假办法》推算的法定节日和周末计算（调休未知）并标注“暂定”。推算的节日：%2。国务院办公厅通知发布后（通常在上一年 11 月前后），请在此录入或导入全部节日。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/admin/holidays_tab.py" line="195"/>
        <source>已录入的日期尚不完整，缺少：%1；录入全部节日后本年才按录入数据计算。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/admin/holidays_tab.py" line="260"/>
        <source>删除本年录入</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/admin/holidays_tab.py" line="261"/>
        <source>删除 %1 年录入的放假安排？相关期限将重新计算。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/admin/holidays_tab.py" line="269"/>
        <location filename="../../ui/admin/holidays_tab.py" line="278"/>
        <location filename="../../ui/admin/holidays_tab.py" line="287"/>
        <source>导入放假安排</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/admin/holidays_tab.py" line="270"/>
        <source>文本或 CSV 文件 (*.txt *.csv);;所有文件 (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/admin/holidays_tab.py" line="278"/>
        <source>无法读取文件：%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/admin/holidays_tab.py" line="287"/>
        <source>文件有误：%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/admin/holidays_tab.py" line="292"/>
        <source>已保存。已重新计算 %1 个未结案件的期限，其中 %2 个期限发生变化。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/admin/holidays_tab.py" line="296"/>
        <source>已导入 %1 年。</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>IntakeCaseDialog</name>
    <message>
        <location filename="../../ui/intake/case_dialog.py" line="52"/>
        <source>登记为行政裁决案件 — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/intake/case_dialog.py" line="53"/>
        <source>登记为案件(&amp;S)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>IntakeDetailPanel</name>
    <message>
        <location filename="../../ui/intake/detail.py" line="89"/>
        <source>分流处理(&amp;D)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/intake/detail.py" line="91"/>
        <source>修改登记(&amp;E)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/intake/detail.py" line="92"/>
        <source>确定程序(&amp;P)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/intake/detail.py" line="93"/>
        <source>收到补正材料…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/intake/detail.py" line="94"/>
        <source>延长立案审查期限…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/intake/detail.py" line="95"/>
        <source>收到请求书，转为处理请求…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/intake/detail.py" line="96"/>
        <source>告知举报人…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/intake/detail.py" line="97"/>
        <source>打开案件(&amp;O)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/intake/detail.py" line="98"/>
        <source>打开调解案件(&amp;M)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/intake/detail.py" line="99"/>
        <source>添加附件…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/intake/detail.py" line="125"/>
        <source>编号/案号</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/intake/detail.py" line="125"/>
        <source>被请求人</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/intake/detail.py" line="125"/>
        <location filename="../../ui/intake/detail.py" line="251"/>
        <source>专利号</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/intake/detail.py" line="126"/>
        <source>状态</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/intake/detail.py" line="126"/>
        <source>提示</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/intake/detail.py" line="144"/>
        <source>时间</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/intake/detail.py" line="144"/>
        <source>操作人</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/intake/detail.py" line="144"/>
        <location filename="../../ui/intake/detail.py" line="250"/>
        <source>事项</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/intake/detail.py" line="145"/>
        <location filename="../../ui/intake/detail.py" line="270"/>
        <source>详情</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/intake/detail.py" line="156"/>
        <source>打开</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/intake/detail.py" line="157"/>
        <source>删除</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/intake/detail.py" line="164"/>
        <source>概况</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/intake/detail.py" line="164"/>
        <location filename="../../ui/intake/detail.py" line="290"/>
        <source>相关事项</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/intake/detail.py" line="165"/>
        <source>期限</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/intake/detail.py" line="165"/>
        <source>时间线</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/intake/detail.py" line="166"/>
        <source>附件</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/intake/detail.py" line="166"/>
        <source>文书</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/intake/detail.py" line="195"/>
        <source>重复侵权：%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/intake/detail.py" line="195"/>
        <source>未立案</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/intake/detail.py" line="196"/>
        <source>%1&#x3000;%2&#x3000;%3 收到&#x3000;承办人：%4&#x3000;程序：%5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/intake/detail.py" line="200"/>
        <source>未分配</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/intake/detail.py" line="201"/>
        <source>未定</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/intake/detail.py" line="238"/>
        <source>（匿名）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/intake/detail.py" line="239"/>
        <source>来件</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/intake/detail.py" line="240"/>
        <source>来件人</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/intake/detail.py" line="240"/>
        <source>主体类型</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/intake/detail.py" line="241"/>
        <location filename="../../ui/intake/detail.py" line="246"/>
        <source>统一社会信用代码</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/intake/detail.py" line="242"/>
        <source>联系方式</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/intake/detail.py" line="243"/>
        <source>移送机关</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/intake/detail.py" line="243"/>
        <source>登记人</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/intake/detail.py" line="245"/>
        <source>对象 %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/intake/detail.py" line="246"/>
        <source>名称</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/intake/detail.py" line="247"/>
        <source>地址</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/intake/detail.py" line="247"/>
        <source>网店链接</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/intake/detail.py" line="247"/>
        <source>展位号</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/intake/detail.py" line="248"/>
        <source>涉外/港澳台</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/intake/detail.py" line="248"/>
        <source>电商</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/intake/detail.py" line="249"/>
        <source>展会</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/intake/detail.py" line="251"/>
        <source>专利名称</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/intake/detail.py" line="252"/>
        <source>专利权人</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/intake/detail.py" line="253"/>
        <source>评价报告</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/intake/detail.py" line="253"/>
        <source>已提交</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/intake/detail.py" line="254"/>
        <source>涉案产品</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/intake/detail.py" line="254"/>
        <source>情况描述</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/intake/detail.py" line="254"/>
        <source>标记</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/intake/detail.py" line="256"/>
        <source>程序（繁简分流）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/intake/detail.py" line="257"/>
        <source>规则建议</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/intake/detail.py" line="258"/>
        <location filename="../../ui/intake/detail.py" line="337"/>
        <source>采用</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/intake/detail.py" line="258"/>
        <source>尚未确定</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/intake/detail.py" line="259"/>
        <location filename="../../ui/intake/detail.py" line="347"/>
        <source>理由</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/intake/detail.py" line="260"/>
        <source>补正</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/intake/detail.py" line="261"/>
        <source>需补正事项</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/intake/detail.py" line="262"/>
        <location filename="../../ui/intake/detail.py" line="357"/>
        <source>告知日期</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/intake/detail.py" line="263"/>
        <source>补正期限</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/intake/detail.py" line="264"/>
        <location filename="../../ui/intake/detail.py" line="343"/>
        <source>收到补正材料</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/intake/detail.py" line="265"/>
        <source>处理结果</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/intake/detail.py" line="266"/>
        <source>结果</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/intake/detail.py" line="267"/>
        <source>决定日期</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/intake/detail.py" line="268"/>
        <source>案号</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/intake/detail.py" line="268"/>
        <location filename="../../ui/intake/detail.py" line="269"/>
        <source>（未立案）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/intake/detail.py" line="269"/>
        <source>调解案件</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/intake/detail.py" line="271"/>
        <location filename="../../ui/intake/detail.py" line="352"/>
        <source>转为处理请求</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/intake/detail.py" line="272"/>
        <source>立案审查期限</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/intake/detail.py" line="272"/>
        <source>已延长5个工作日</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/intake/detail.py" line="273"/>
        <location filename="../../ui/intake/detail.py" line="357"/>
        <source>告知举报人</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/intake/detail.py" line="281"/>
        <source>信用代码相同</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/intake/detail.py" line="281"/>
        <source>名称相同</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/intake/detail.py" line="282"/>
        <source>重复侵权</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/intake/detail.py" line="283"/>
        <source>未立案案件</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/intake/detail.py" line="289"/>
        <source>相关事项（%1）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/intake/detail.py" line="335"/>
        <source>规则建议：%1%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/intake/detail.py" line="337"/>
        <source>确定程序</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/intake/detail.py" line="339"/>
        <source>理由（不采纳建议时必填）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/intake/detail.py" line="343"/>
        <source>收到日期</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/intake/detail.py" line="347"/>
        <source>延长立案审查期限</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/intake/detail.py" line="349"/>
        <source>特别复杂或有特殊情况的，经部门负责人批准可延长5个工作日（办法第二十条）。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/intake/detail.py" line="352"/>
        <source>收到请求书日期</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/intake/detail.py" line="354"/>
        <source>投诉人提交了正式的处理请求书：本事项改为处理请求，立案审查期限自收到请求书之日起计算。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/intake/detail.py" line="358"/>
        <source>告知方式</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/intake/detail.py" line="358"/>
        <source>电话</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/intake/detail.py" line="363"/>
        <source>选择附件</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/intake/detail.py" line="394"/>
        <source>删除附件</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/intake/detail.py" line="394"/>
        <source>删除附件“%1”？</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>IntakeEntryDialog</name>
    <message>
        <location filename="../../ui/intake/entry_dialog.py" line="44"/>
        <source>修改收案登记 — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/intake/entry_dialog.py" line="45"/>
        <source>收案登记</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/intake/entry_dialog.py" line="66"/>
        <source>保存(&amp;S)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/intake/entry_dialog.py" line="68"/>
        <source>保存并登记下一件(&amp;W)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/intake/entry_dialog.py" line="133"/>
        <source>同一专利、同一被请求人已有 %1 件记录：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/intake/entry_dialog.py" line="138"/>
        <source>⚠ 重复侵权：被请求人已被裁决认定侵犯同一专利权（%1）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/intake/entry_dialog.py" line="184"/>
        <source>已登记 %1，请继续登记下一件。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/intake/entry_dialog.py" line="162"/>
        <source>此登记已被他人修改</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>IntakeFilterBar</name>
    <message>
        <location filename="../../ui/intake/filter_bar.py" line="25"/>
        <source>搜索：收案编号、来件人、对象名称或信用代码、专利号、产品、展位</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/intake/filter_bar.py" line="28"/>
        <source>待处理（含补正中）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/intake/filter_bar.py" line="29"/>
        <source>已处理</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/intake/filter_bar.py" line="30"/>
        <source>全部状态</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/intake/filter_bar.py" line="35"/>
        <source>全部事项</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/intake/filter_bar.py" line="40"/>
        <source>全部渠道</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/intake/filter_bar.py" line="47"/>
        <source>收到日期</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/intake/filter_bar.py" line="50"/>
        <source>重复侵权</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/intake/filter_bar.py" line="51"/>
        <source>匿名</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/intake/filter_bar.py" line="59"/>
        <source>清除筛选(&amp;R)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>IntakeForm</name>
    <message>
        <location filename="../../ui/intake/form.py" line="76"/>
        <source>事项/渠道/收到时间：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/intake/form.py" line="78"/>
        <source>匿名举报(&amp;A)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/intake/form.py" line="80"/>
        <source>来件人（请求人、投诉举报人）名称或姓名</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/intake/form.py" line="88"/>
        <source>来件人：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/intake/form.py" line="90"/>
        <source>单位来件时填写统一社会信用代码</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/intake/form.py" line="91"/>
        <source>统一社会信用代码：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/intake/form.py" line="93"/>
        <source>电话</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/intake/form.py" line="95"/>
        <source>地址</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/intake/form.py" line="99"/>
        <source>联系方式：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/intake/form.py" line="101"/>
        <source>移送的部门或地区</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/intake/form.py" line="102"/>
        <source>移送机关：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/intake/form.py" line="104"/>
        <source>对象/被请求人：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/intake/form.py" line="108"/>
        <source>专利号，多个用逗号分开，如 ZL202121234567.X</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/intake/form.py" line="111"/>
        <source>专利号：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/intake/form.py" line="115"/>
        <source>（同来件人时可不填）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/intake/form.py" line="116"/>
        <source>专利名称：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/intake/form.py" line="117"/>
        <source>专利权人：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/intake/form.py" line="118"/>
        <source>已提交专利权评价报告（实用新型、外观设计）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/intake/form.py" line="121"/>
        <source>涉案产品：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/intake/form.py" line="125"/>
        <source>请求事项、投诉举报的事实，或咨询的问题</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/intake/form.py" line="126"/>
        <source>情况描述：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/intake/form.py" line="127"/>
        <source>涉外/港澳台</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/intake/form.py" line="128"/>
        <source>电商</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/intake/form.py" line="129"/>
        <source>展会</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/intake/form.py" line="134"/>
        <source>标记：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/intake/form.py" line="137"/>
        <location filename="../../ui/intake/form.py" line="173"/>
        <source>（暂不分配）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/intake/form.py" line="138"/>
        <source>承办人：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/intake/form.py" line="142"/>
        <source>添加附件(&amp;F)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/intake/form.py" line="144"/>
        <source>移除</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/intake/form.py" line="154"/>
        <source>附件：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/intake/form.py" line="321"/>
        <source>✓ %1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/intake/form.py" line="336"/>
        <source>选择附件</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>IntakeLettersBox</name>
    <message>
        <location filename="../../ui/intake/letters_list.py" line="28"/>
        <source>文书</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/intake/letters_list.py" line="28"/>
        <source>文号</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/intake/letters_list.py" line="28"/>
        <source>接收机关</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/intake/letters_list.py" line="28"/>
        <source>签发时间</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/intake/letters_list.py" line="29"/>
        <source>签发人</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/intake/letters_list.py" line="29"/>
        <source>页数</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/intake/letters_list.py" line="33"/>
        <source>预览/打印(&amp;V)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/intake/letters_list.py" line="34"/>
        <source>用 Word/WPS 打开(&amp;W)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/intake/letters_list.py" line="35"/>
        <source>另存为(&amp;S)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/intake/letters_list.py" line="75"/>
        <source>已签发的文书不能修改。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/intake/letters_list.py" line="85"/>
        <source>另存为</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/intake/letters_list.py" line="85"/>
        <source>PDF (*.pdf);;Word (*.docx)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>IntakeMediationDialog</name>
    <message>
        <location filename="../../ui/intake/mediation_dialog.py" line="25"/>
        <source>登记为调解案件 — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/intake/mediation_dialog.py" line="26"/>
        <source>登记为调解案件(&amp;S)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>IntakeTableModel</name>
    <message>
        <location filename="../../ui/intake/table_model.py" line="72"/>
        <source>收案编号</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/intake/table_model.py" line="74"/>
        <source>收到时间</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/intake/table_model.py" line="76"/>
        <source>事项</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/intake/table_model.py" line="87"/>
        <source>渠道</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/intake/table_model.py" line="90"/>
        <source>来件人</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/intake/table_model.py" line="82"/>
        <source>对象/被请求人</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/intake/table_model.py" line="92"/>
        <source>专利号</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/intake/table_model.py" line="78"/>
        <source>状态</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/intake/table_model.py" line="80"/>
        <source>期限</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/intake/table_model.py" line="94"/>
        <source>程序</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/intake/table_model.py" line="97"/>
        <source>承办人</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/intake/table_model.py" line="84"/>
        <source>提示</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>IntakeTriageDialog</name>
    <message>
        <location filename="../../ui/intake/triage_dialog.py" line="63"/>
        <source>分流处理 — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/intake/triage_dialog.py" line="67"/>
        <source>%1&#x3000;%2&#x3000;对象：%3&#x3000;专利：%4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/intake/triage_dialog.py" line="78"/>
        <source>程序（繁简分流）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/intake/triage_dialog.py" line="83"/>
        <source>规则建议：%1（%2）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/intake/triage_dialog.py" line="84"/>
        <source>没有规则命中，建议：%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/intake/triage_dialog.py" line="94"/>
        <source>不采纳建议时须说明理由</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/intake/triage_dialog.py" line="95"/>
        <source>采用：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/intake/triage_dialog.py" line="96"/>
        <location filename="../../ui/intake/triage_dialog.py" line="189"/>
        <source>理由：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/intake/triage_dialog.py" line="102"/>
        <source>同一专利、同一被请求人的其他记录（%1）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/intake/triage_dialog.py" line="109"/>
        <source>【重复侵权】</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/intake/triage_dialog.py" line="117"/>
        <source>处理结果</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/intake/triage_dialog.py" line="138"/>
        <source>决定日期：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/intake/triage_dialog.py" line="148"/>
        <source>确定(&amp;O)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/intake/triage_dialog.py" line="164"/>
        <source>点击“确定”后打开处理请求登记表，收案时填写的内容已经填入，核对、补充后登记。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/intake/triage_dialog.py" line="170"/>
        <source>每行一项，一次性列明全部需补正的事项</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/intake/triage_dialog.py" line="172"/>
        <source>补正事项：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/intake/triage_dialog.py" line="173"/>
        <source>补正期限：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/intake/triage_dialog.py" line="190"/>
        <location filename="../../ui/intake/triage_dialog.py" line="217"/>
        <source>说明：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/intake/triage_dialog.py" line="198"/>
        <source>有管辖权的机关，如 某省知识产权局</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/intake/triage_dialog.py" line="200"/>
        <source>转交机关：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/intake/triage_dialog.py" line="201"/>
        <source>转交理由：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/intake/triage_dialog.py" line="203"/>
        <source>市场监管综合执法机构</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/intake/triage_dialog.py" line="205"/>
        <source>移交部门：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/intake/triage_dialog.py" line="206"/>
        <source>线索说明：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/intake/triage_dialog.py" line="211"/>
        <source>请选择…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/intake/triage_dialog.py" line="216"/>
        <source>办结理由：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/intake/triage_dialog.py" line="221"/>
        <source>点击“确定”后打开调解请求登记表，收案时填写的内容已经填入，选择调解事项类别、核对后登记。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/intake/triage_dialog.py" line="226"/>
        <source>调解事项（赔偿数额、权属、发明人资格、职务发明报酬等）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/intake/triage_dialog.py" line="227"/>
        <source>调解事项：</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>IntakeView</name>
    <message>
        <location filename="../../ui/intake/section.py" line="42"/>
        <source>新登记(&amp;N)…  Ctrl+Shift+N</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/intake/section.py" line="63"/>
        <source>上一页</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/intake/section.py" line="63"/>
        <source>下一页</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/intake/section.py" line="68"/>
        <source>收案登记簿</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/intake/section.py" line="80"/>
        <source>登记簿</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/intake/section.py" line="81"/>
        <source>分流规则</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/intake/section.py" line="165"/>
        <source>搜索：%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/intake/section.py" line="167"/>
        <source>导出时间：%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/intake/section.py" line="173"/>
        <source>没有符合条件的事项</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/intake/section.py" line="173"/>
        <source>没有找到与“%1”相符的事项</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ListFilterBar</name>
    <message>
        <location filename="../../ui/common/filter_bar.py" line="40"/>
        <location filename="../../ui/common/filter_bar.py" line="48"/>
        <source>全部承办人</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/common/filter_bar.py" line="56"/>
        <source>涉外</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/common/filter_bar.py" line="56"/>
        <source>电商</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/common/filter_bar.py" line="56"/>
        <source>展会</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ListOutput</name>
    <message>
        <location filename="../../ui/common/list_output.py" line="98"/>
        <source>导出 Excel…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/common/list_output.py" line="100"/>
        <source>按当前筛选条件导出全部结果（不只当前页）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/common/list_output.py" line="101"/>
        <source>打印…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/common/list_output.py" line="103"/>
        <source>按当前筛选条件打印全部结果（不只当前页）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/common/list_output.py" line="145"/>
        <location filename="../../ui/common/list_output.py" line="158"/>
        <source>导出 Excel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/common/list_output.py" line="145"/>
        <source>Excel 工作簿 (*.xlsx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/common/list_output.py" line="152"/>
        <source>打印</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/common/list_output.py" line="158"/>
        <source>已导出到：%1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LockDialog</name>
    <message>
        <location filename="../../ui/shell/idle_lock.py" line="121"/>
        <source>已锁定 — 专利侵权纠纷行政裁决案件管理</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/shell/idle_lock.py" line="126"/>
        <source>长时间无操作，屏幕已锁定</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/shell/idle_lock.py" line="130"/>
        <source>%1（%2）请输入密码解锁。
打开的窗口和已填写的内容都保留着。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/shell/idle_lock.py" line="137"/>
        <source>密码</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/shell/idle_lock.py" line="145"/>
        <source>解锁(&amp;U)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/shell/idle_lock.py" line="146"/>
        <source>切换用户(&amp;S)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/shell/idle_lock.py" line="160"/>
        <source>正在验证…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/shell/idle_lock.py" line="175"/>
        <source>密码不正确（若账户已被停用，请切换用户）。</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <location filename="../../ui/shell/login_dialog.py" line="27"/>
        <source>登录(&amp;L)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/shell/login_dialog.py" line="36"/>
        <source>请输入用户名。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/shell/login_dialog.py" line="48"/>
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
        <location filename="../../ui/shell/main_window.py" line="65"/>
        <source>专利侵权纠纷行政裁决案件管理</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/shell/main_window.py" line="103"/>
        <source>文件(&amp;F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/shell/main_window.py" line="107"/>
        <source>修改密码(&amp;P)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/shell/main_window.py" line="110"/>
        <source>注销 / 切换用户(&amp;L)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/shell/main_window.py" line="114"/>
        <source>退出(&amp;Q)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/shell/main_window.py" line="119"/>
        <source>查看(&amp;V)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/shell/main_window.py" line="128"/>
        <source>刷新(&amp;R)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/shell/main_window.py" line="136"/>
        <source>帮助(&amp;H)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/shell/main_window.py" line="137"/>
        <source>关于(&amp;A)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/shell/main_window.py" line="138"/>
        <source>关于</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/shell/main_window.py" line="139"/>
        <source>专利侵权纠纷行政裁决案件管理
依据《专利纠纷行政裁决和调解办法》（国家知识产权局令第81号）。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/shell/main_window.py" line="156"/>
        <source>正在处理…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/shell/main_window.py" line="195"/>
        <source>⚠ %1 年法定节假日尚未录入，相关期限为暂定</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/shell/main_window.py" line="197"/>
        <source>（设置 › 节假日）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/shell/main_window.py" line="200"/>
        <source>内置的放假安排只到 %1 年之前。落在 %2 年的期限暂按周末计算，标注“暂定”；国务院办公厅公布放假安排后，由管理员在“设置 › 节假日”录入，期限会自动重新计算。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/shell/main_window.py" line="216"/>
        <source>⚠ 审计校验发现记录被改动，请通知审计员（审计 › 完整校验）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/shell/main_window.py" line="218"/>
        <source>审计链或其检查点与数据库不一致：有人绕过本系统改动、删除了记录或审计条目。工作可以继续；审计员的完整校验会逐条列出改动之处。</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MediationActionDialog</name>
    <message>
        <location filename="../../ui/mediation/action_dialog.py" line="32"/>
        <source>未立案</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/mediation/action_dialog.py" line="47"/>
        <source>（选填）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/mediation/action_dialog.py" line="50"/>
        <source>确认进行“%1”？</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/mediation/action_dialog.py" line="53"/>
        <source>提交审批(&amp;S)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/mediation/action_dialog.py" line="53"/>
        <source>确定(&amp;O)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/mediation/action_dialog.py" line="58"/>
        <source>被请求人收到陈述意见通知书之日起十五日内提交意见陈述书。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/mediation/action_dialog.py" line="59"/>
        <source>立案后通知双方调解的时间和地点（可签发调解通知书）。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/mediation/action_dialog.py" line="60"/>
        <source>被请求人不同意调解或逾期未提交意见陈述书的，不予立案并通知请求人。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/mediation/action_dialog.py" line="61"/>
        <source>权属纠纷调解期限为两个月；特殊情况经部门负责人批准可延长%1。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/mediation/action_dialog.py" line="63"/>
        <source>以各方已签署的调解协议结案（见“调解”页）。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/mediation/action_dialog.py" line="64"/>
        <source>权属纠纷结案后五个工作日内将有关文书抄送国家知识产权局。</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MediationCaseDetailView</name>
    <message>
        <location filename="../../ui/mediation/case_detail.py" line="58"/>
        <source>← 返回列表</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/mediation/case_detail.py" line="72"/>
        <source>修改调解请求(&amp;E)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/mediation/case_detail.py" line="74"/>
        <source>刷新</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/mediation/case_detail.py" line="89"/>
        <source>身份</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/mediation/case_detail.py" line="89"/>
        <source>名称/姓名</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/mediation/case_detail.py" line="89"/>
        <source>主体类型</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/mediation/case_detail.py" line="89"/>
        <source>证件/代码</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/mediation/case_detail.py" line="90"/>
        <source>法定代表人</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/mediation/case_detail.py" line="90"/>
        <source>地址</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/mediation/case_detail.py" line="90"/>
        <location filename="../../ui/mediation/case_detail.py" line="94"/>
        <source>电话</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/mediation/case_detail.py" line="90"/>
        <source>委托代理人</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/mediation/case_detail.py" line="94"/>
        <location filename="../../ui/mediation/case_detail.py" line="120"/>
        <source>调解员</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/mediation/case_detail.py" line="94"/>
        <source>单位</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/mediation/case_detail.py" line="94"/>
        <source>专业领域</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/mediation/case_detail.py" line="96"/>
        <source>指定调解员(&amp;M)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/mediation/case_detail.py" line="112"/>
        <source>时间</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/mediation/case_detail.py" line="112"/>
        <source>操作人</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/mediation/case_detail.py" line="112"/>
        <source>事项</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/mediation/case_detail.py" line="112"/>
        <source>状态变化</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/mediation/case_detail.py" line="113"/>
        <source>详情</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/mediation/case_detail.py" line="119"/>
        <source>概况</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/mediation/case_detail.py" line="119"/>
        <source>当事人</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/mediation/case_detail.py" line="120"/>
        <source>期限</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/mediation/case_detail.py" line="121"/>
        <source>时间线</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/mediation/case_detail.py" line="121"/>
        <source>调解</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/mediation/case_detail.py" line="122"/>
        <source>文书</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/mediation/case_detail.py" line="144"/>
        <source>未立案</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/mediation/case_detail.py" line="150"/>
        <source>%1&#x3000;请求人：%2&#x3000;被请求人：%3&#x3000;承办人：%4&#x3000;%5 收到</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/mediation/case_detail.py" line="187"/>
        <source>审批延长调解期限…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/mediation/case_detail.py" line="193"/>
        <source>当前没有可进行的操作。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/mediation/case_detail.py" line="204"/>
        <source>调解请求</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/mediation/case_detail.py" line="205"/>
        <source>类别</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/mediation/case_detail.py" line="205"/>
        <source>请求调解的事项</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/mediation/case_detail.py" line="206"/>
        <source>事实和理由</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/mediation/case_detail.py" line="206"/>
        <source>请求金额</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/mediation/case_detail.py" line="207"/>
        <source>收到日期</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/mediation/case_detail.py" line="208"/>
        <source>收案登记</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/mediation/case_detail.py" line="209"/>
        <source>专利与裁决</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/mediation/case_detail.py" line="210"/>
        <source>专利号</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/mediation/case_detail.py" line="210"/>
        <source>专利名称</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/mediation/case_detail.py" line="210"/>
        <source>专利权人</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/mediation/case_detail.py" line="211"/>
        <source>授权公告日</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/mediation/case_detail.py" line="212"/>
        <source>认定侵权的裁决</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/mediation/case_detail.py" line="213"/>
        <source>裁决/判决副本</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/mediation/case_detail.py" line="214"/>
        <source>程序</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/mediation/case_detail.py" line="215"/>
        <source>送达陈述意见通知书</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/mediation/case_detail.py" line="216"/>
        <source>收到意见陈述书</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/mediation/case_detail.py" line="219"/>
        <source>立案日期</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/mediation/case_detail.py" line="220"/>
        <source>调解时间地点</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/mediation/case_detail.py" line="221"/>
        <source>调解协议生效</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/mediation/case_detail.py" line="222"/>
        <source>延长调解期限</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/mediation/case_detail.py" line="223"/>
        <source>延长理由</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/mediation/case_detail.py" line="223"/>
        <source>审批意见</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/mediation/case_detail.py" line="224"/>
        <source>结案日期</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/mediation/case_detail.py" line="225"/>
        <source>理由</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/mediation/case_detail.py" line="227"/>
        <source>抄送国家知识产权局</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/mediation/case_detail.py" line="229"/>
        <source>打开收案登记 %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/mediation/case_detail.py" line="233"/>
        <source>打开裁决案件 %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/mediation/case_detail.py" line="285"/>
        <source>审批延长调解期限</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/mediation/case_detail.py" line="286"/>
        <source>决定</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/mediation/case_detail.py" line="286"/>
        <source>批准延长%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/mediation/case_detail.py" line="287"/>
        <source>不予批准</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/mediation/case_detail.py" line="288"/>
        <source>审批意见（不予批准时必填）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/mediation/case_detail.py" line="289"/>
        <source>申请理由：%1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MediationCaseTableModel</name>
    <message>
        <location filename="../../ui/mediation/table_model.py" line="43"/>
        <source>案号</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/mediation/table_model.py" line="45"/>
        <source>类别</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/mediation/table_model.py" line="47"/>
        <source>状态</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/mediation/table_model.py" line="48"/>
        <source>请求人</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/mediation/table_model.py" line="49"/>
        <source>被请求人</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/mediation/table_model.py" line="50"/>
        <source>专利号</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/mediation/table_model.py" line="51"/>
        <source>承办人</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/mediation/table_model.py" line="52"/>
        <source>收到日期</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/mediation/table_model.py" line="54"/>
        <source>最近期限</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MediationCasesView</name>
    <message>
        <location filename="../../ui/mediation/section.py" line="47"/>
        <source>登记调解请求(&amp;N)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/mediation/section.py" line="54"/>
        <source>案号、当事人、信用代码、专利号</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/mediation/section.py" line="56"/>
        <source>全部状态</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/mediation/section.py" line="57"/>
        <source>在办</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/mediation/section.py" line="61"/>
        <source>全部类别</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/mediation/section.py" line="65"/>
        <source>全部承办人</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/mediation/section.py" line="66"/>
        <source>我承办的</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/mediation/section.py" line="67"/>
        <source>延长待审批</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/mediation/section.py" line="87"/>
        <source>调解案件</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/mediation/section.py" line="88"/>
        <source>调解员库</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/mediation/section.py" line="123"/>
        <source>共 %1 件</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/mediation/section.py" line="124"/>
        <source>没有符合条件的调解案件</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MediationDocumentDialog</name>
    <message>
        <location filename="../../ui/mediation/case_documents_tab.py" line="46"/>
        <source>制作%1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/mediation/case_documents_tab.py" line="47"/>
        <source>未立案</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/mediation/case_documents_tab.py" line="54"/>
        <source>受送达人：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/mediation/case_documents_tab.py" line="63"/>
        <source>（选填）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/mediation/case_documents_tab.py" line="65"/>
        <source>预览(&amp;V)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/mediation/case_documents_tab.py" line="66"/>
        <source>签发(&amp;I)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/mediation/case_documents_tab.py" line="84"/>
        <source>草稿：签发时编号。</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MediationDocumentsTab</name>
    <message>
        <location filename="../../ui/mediation/case_documents_tab.py" line="112"/>
        <source>制作文书(&amp;N)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/mediation/case_documents_tab.py" line="114"/>
        <source>可制作：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/mediation/case_documents_tab.py" line="118"/>
        <source>文书</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/mediation/case_documents_tab.py" line="118"/>
        <source>文号</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/mediation/case_documents_tab.py" line="118"/>
        <source>受送达人</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/mediation/case_documents_tab.py" line="118"/>
        <source>签发时间</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/mediation/case_documents_tab.py" line="119"/>
        <source>签发人</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/mediation/case_documents_tab.py" line="119"/>
        <source>页数</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/mediation/case_documents_tab.py" line="123"/>
        <source>预览/打印(&amp;V)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/mediation/case_documents_tab.py" line="124"/>
        <source>用 Word/WPS 打开(&amp;W)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/mediation/case_documents_tab.py" line="126"/>
        <source>另存为(&amp;S)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/mediation/case_documents_tab.py" line="170"/>
        <source>已签发的文书不能修改。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/mediation/case_documents_tab.py" line="178"/>
        <source>另存为</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/mediation/case_documents_tab.py" line="178"/>
        <source>PDF (*.pdf);;Word (*.docx)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MediationFiguresBox</name>
    <message>
        <location filename="../../ui/statistics/mediation_figures.py" line="16"/>
        <source>调解（裁决案件内调解与调解案件，不按承办人、专利类型筛选）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/statistics/mediation_figures.py" line="23"/>
        <source>调解次数</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/statistics/mediation_figures.py" line="23"/>
        <source>期间内举行的调解次数</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/statistics/mediation_figures.py" line="24"/>
        <source>调解案件</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/statistics/mediation_figures.py" line="24"/>
        <source>期间内举行过调解的案件数（裁决案件与调解案件）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/statistics/mediation_figures.py" line="25"/>
        <source>达成协议</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/statistics/mediation_figures.py" line="25"/>
        <source>期间内生效（最后一方当事人签署）的调解协议数</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/statistics/mediation_figures.py" line="26"/>
        <source>调解成功率</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/statistics/mediation_figures.py" line="26"/>
        <source>期间内举行过调解的案件中，至期末已有生效调解协议的比例</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/statistics/mediation_figures.py" line="27"/>
        <source>平均达成天数</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/statistics/mediation_figures.py" line="27"/>
        <source>期间内生效的协议，自本案首次调解之日至协议生效之日的平均日数</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/statistics/mediation_figures.py" line="28"/>
        <source>协议金额合计</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/statistics/mediation_figures.py" line="28"/>
        <source>期间内生效协议约定的赔偿数额之和</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/statistics/mediation_figures.py" line="29"/>
        <source>协议金额中位数</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/statistics/mediation_figures.py" line="29"/>
        <source>期间内生效协议赔偿数额的中位数（偶数个时取中间两个的平均）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/statistics/mediation_figures.py" line="30"/>
        <source>司法确认</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/statistics/mediation_figures.py" line="30"/>
        <source>期间内申请司法确认的协议数 / 期间内法院裁定确认有效的协议数</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/statistics/mediation_figures.py" line="31"/>
        <source>逾期未履行分期</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/statistics/mediation_figures.py" line="31"/>
        <source>截至今日已到期而未足额履行的分期</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/statistics/mediation_figures.py" line="53"/>
        <source>%1 日</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/statistics/mediation_figures.py" line="55"/>
        <location filename="../../ui/statistics/mediation_figures.py" line="56"/>
        <source>%1 元</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MediationPanel</name>
    <message>
        <location filename="../../ui/mediation/host_tab.py" line="89"/>
        <source>记录调解(&amp;R)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/mediation/host_tab.py" line="90"/>
        <source>开始和解(&amp;T)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/mediation/host_tab.py" line="91"/>
        <source>结束和解…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/mediation/host_tab.py" line="92"/>
        <source>调解协议条款(&amp;G)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/mediation/host_tab.py" line="93"/>
        <source>登记签署(&amp;S)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/mediation/host_tab.py" line="94"/>
        <source>当事人反悔(&amp;W)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/mediation/host_tab.py" line="95"/>
        <source>打印调解协议书(&amp;P)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/mediation/host_tab.py" line="96"/>
        <source>提交调解结案审批</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/mediation/host_tab.py" line="97"/>
        <source>司法确认(&amp;J)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/mediation/host_tab.py" line="98"/>
        <source>登记履行(&amp;M)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/mediation/host_tab.py" line="106"/>
        <source>调解记录</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/mediation/host_tab.py" line="108"/>
        <source>日期</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/mediation/host_tab.py" line="108"/>
        <location filename="../../ui/mediation/host_tab.py" line="259"/>
        <source>地点</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/mediation/host_tab.py" line="108"/>
        <source>调解员</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/mediation/host_tab.py" line="109"/>
        <location filename="../../ui/mediation/host_tab.py" line="261"/>
        <source>到场人员</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/mediation/host_tab.py" line="109"/>
        <location filename="../../ui/mediation/host_tab.py" line="262"/>
        <source>请求人方案</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/mediation/host_tab.py" line="110"/>
        <location filename="../../ui/mediation/host_tab.py" line="263"/>
        <source>被请求人方案</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/mediation/host_tab.py" line="110"/>
        <location filename="../../ui/mediation/host_tab.py" line="264"/>
        <location filename="../../ui/mediation/host_tab.py" line="325"/>
        <source>结果</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/mediation/host_tab.py" line="114"/>
        <source>调解协议</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/mediation/host_tab.py" line="125"/>
        <source>当事人</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/mediation/host_tab.py" line="125"/>
        <source>身份</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/mediation/host_tab.py" line="125"/>
        <location filename="../../ui/mediation/host_tab.py" line="296"/>
        <source>签署日期</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/mediation/host_tab.py" line="126"/>
        <location filename="../../ui/mediation/host_tab.py" line="340"/>
        <source>期数</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/mediation/host_tab.py" line="126"/>
        <source>到期日</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/mediation/host_tab.py" line="126"/>
        <source>金额（元）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/mediation/host_tab.py" line="127"/>
        <location filename="../../ui/mediation/host_tab.py" line="344"/>
        <source>付款日期</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/mediation/host_tab.py" line="127"/>
        <source>已付（元）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/mediation/host_tab.py" line="127"/>
        <source>状态</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/mediation/host_tab.py" line="167"/>
        <source>调解中：和解期间自 %1 起，不计入结案期限。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/mediation/host_tab.py" line="169"/>
        <source>调解协议已由各方签署，调解结案待部门负责人审批。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/mediation/host_tab.py" line="171"/>
        <source>当前阶段不能进行调解。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/mediation/host_tab.py" line="193"/>
        <source>作废的协议：%1 %2 反悔（%3）；原赔偿数额 %4 元</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/mediation/host_tab.py" line="200"/>
        <source>尚未拟定调解协议。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/mediation/host_tab.py" line="206"/>
        <source>状态：%1&#x3000;赔偿数额：%2 元</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/mediation/host_tab.py" line="209"/>
        <source>&#x3000;生效日期：%1&#x3000;尚欠：%2 元</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/mediation/host_tab.py" line="213"/>
        <source>未签署</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/mediation/host_tab.py" line="218"/>
        <source>逾期未履行</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/mediation/host_tab.py" line="218"/>
        <source>已履行</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/mediation/host_tab.py" line="225"/>
        <source>司法确认：双方可于 %1 前共同向人民法院申请（%2）。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/mediation/host_tab.py" line="230"/>
        <source>司法确认：%1 向%2申请；%3 %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/mediation/host_tab.py" line="257"/>
        <source>记录调解</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/mediation/host_tab.py" line="258"/>
        <source>调解日期</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/mediation/host_tab.py" line="259"/>
        <source>本局调解室</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/mediation/host_tab.py" line="260"/>
        <source>调解员（多人以、分隔）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/mediation/host_tab.py" line="266"/>
        <location filename="../../ui/mediation/host_tab.py" line="328"/>
        <source>备注</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/mediation/host_tab.py" line="270"/>
        <source>开始和解</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/mediation/host_tab.py" line="270"/>
        <source>开始日期</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/mediation/host_tab.py" line="271"/>
        <source>说明</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/mediation/host_tab.py" line="275"/>
        <source>当事人申请和解的期间不计入结案期限（《专利纠纷行政裁决和调解办法》第三十七条）。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/mediation/host_tab.py" line="279"/>
        <source>结束和解</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/mediation/host_tab.py" line="279"/>
        <source>结束日期</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/mediation/host_tab.py" line="293"/>
        <source>登记当事人签署</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/mediation/host_tab.py" line="294"/>
        <source>签署人</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/mediation/host_tab.py" line="300"/>
        <source>各方当事人均签署后协议生效；裁决案件随即提交调解结案审批。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/mediation/host_tab.py" line="304"/>
        <source>当事人签署前反悔</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/mediation/host_tab.py" line="305"/>
        <source>反悔的当事人</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/mediation/host_tab.py" line="307"/>
        <source>反悔理由</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/mediation/host_tab.py" line="308"/>
        <source>反悔日期</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/mediation/host_tab.py" line="312"/>
        <source>协议作废但保留在案；和解期间结束，案件回到原来的程序继续审理。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/mediation/host_tab.py" line="322"/>
        <source>司法确认</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/mediation/host_tab.py" line="323"/>
        <source>受理法院</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/mediation/host_tab.py" line="324"/>
        <source>申请日期</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/mediation/host_tab.py" line="327"/>
        <source>裁定日期</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/mediation/host_tab.py" line="333"/>
        <source>双方当事人可自协议生效之日起三十日内共同向人民法院申请司法确认（%1 前）。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/mediation/host_tab.py" line="339"/>
        <source>登记履行</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/mediation/host_tab.py" line="341"/>
        <source>第%1期（%2 到期，%3 元）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/mediation/host_tab.py" line="345"/>
        <source>付款金额（元）</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MediationRequestDialog</name>
    <message>
        <location filename="../../ui/mediation/request_dialog.py" line="70"/>
        <source>修改调解请求</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/mediation/request_dialog.py" line="70"/>
        <source>登记调解请求</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/mediation/request_dialog.py" line="86"/>
        <source>（登记人）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/mediation/request_dialog.py" line="90"/>
        <source>如：确认某专利权归请求人所有；赔偿数额；职务发明报酬</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/mediation/request_dialog.py" line="95"/>
        <source>如：30万元（赔偿、报酬、使用费）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/mediation/request_dialog.py" line="97"/>
        <source>ZL2022 1 0001234.5（可不填）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/mediation/request_dialog.py" line="102"/>
        <source>（外部裁决或判决，填写文号并附副本）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/mediation/request_dialog.py" line="104"/>
        <source>如：（2026）浙01民初123号</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/mediation/request_dialog.py" line="106"/>
        <source>未附副本</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/mediation/request_dialog.py" line="107"/>
        <source>附上副本…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/mediation/request_dialog.py" line="117"/>
        <source>调解事项类别：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/mediation/request_dialog.py" line="118"/>
        <source>收到日期：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/mediation/request_dialog.py" line="119"/>
        <source>承办人：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/mediation/request_dialog.py" line="120"/>
        <source>请求调解的事项：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/mediation/request_dialog.py" line="121"/>
        <source>事实和理由：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/mediation/request_dialog.py" line="121"/>
        <source>请求金额：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/mediation/request_dialog.py" line="122"/>
        <source>专利号：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/mediation/request_dialog.py" line="122"/>
        <source>专利名称：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/mediation/request_dialog.py" line="123"/>
        <source>专利权人：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/mediation/request_dialog.py" line="123"/>
        <source>授权公告日：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/mediation/request_dialog.py" line="124"/>
        <source>认定侵权的裁决：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/mediation/request_dialog.py" line="125"/>
        <source>外部裁决/判决文号：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/mediation/request_dialog.py" line="126"/>
        <source>裁决/判决副本：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/mediation/request_dialog.py" line="131"/>
        <source>调解请求</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/mediation/request_dialog.py" line="132"/>
        <location filename="../../ui/mediation/request_dialog.py" line="134"/>
        <source>请求人</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/mediation/request_dialog.py" line="133"/>
        <location filename="../../ui/mediation/request_dialog.py" line="135"/>
        <source>被请求人</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/mediation/request_dialog.py" line="144"/>
        <source>保存(&amp;S)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/mediation/request_dialog.py" line="144"/>
        <source>登记(&amp;S)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/mediation/request_dialog.py" line="179"/>
        <source>（原承办人）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/mediation/request_dialog.py" line="206"/>
        <source>须有认定侵权成立的裁决或判决（办法第六十四条）：选择本局的裁决，或填写外部文号并附副本。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/mediation/request_dialog.py" line="207"/>
        <source>只能在专利授权后请求调解：须填写授权公告日。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/mediation/request_dialog.py" line="208"/>
        <source>权属纠纷自立案之日起两个月内结案（经部门负责人批准可延长%1）。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/mediation/request_dialog.py" line="214"/>
        <source>选择裁决书/判决书副本</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/mediation/request_dialog.py" line="215"/>
        <source>PDF 或图片 (*.pdf *.png *.jpg *.jpeg *.tif *.tiff)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/mediation/request_dialog.py" line="258"/>
        <source>本局裁决 #%1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MediatorDialog</name>
    <message>
        <location filename="../../ui/mediation/mediators_tab.py" line="39"/>
        <source>修改调解员</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/mediation/mediators_tab.py" line="39"/>
        <source>添加调解员</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/mediation/mediators_tab.py" line="41"/>
        <source>（外部专家）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/mediation/mediators_tab.py" line="47"/>
        <source>如：某市知识产权纠纷人民调解委员会</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/mediation/mediators_tab.py" line="50"/>
        <source>用顿号或逗号分隔，如：机械、电子、职务发明</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/mediation/mediators_tab.py" line="52"/>
        <source>在库（可被指定）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/mediation/mediators_tab.py" line="54"/>
        <source>本局人员：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/mediation/mediators_tab.py" line="54"/>
        <source>姓名：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/mediation/mediators_tab.py" line="55"/>
        <source>单位：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/mediation/mediators_tab.py" line="55"/>
        <source>电话：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/mediation/mediators_tab.py" line="56"/>
        <source>专业领域：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/mediation/mediators_tab.py" line="56"/>
        <source>备注：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/mediation/mediators_tab.py" line="86"/>
        <source>调解员信息已被他人修改</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MediatorPickDialog</name>
    <message>
        <location filename="../../ui/mediation/mediator_pick_dialog.py" line="39"/>
        <source>指定调解员 — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/mediation/mediator_pick_dialog.py" line="39"/>
        <source>未立案</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/mediation/mediator_pick_dialog.py" line="44"/>
        <source>按专业领域、姓名或单位筛选，如：机械、职务发明</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MediatorPoolPage</name>
    <message>
        <location filename="../../ui/mediation/mediators_tab.py" line="114"/>
        <source>按专业领域、姓名或单位筛选</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/mediation/mediators_tab.py" line="116"/>
        <source>添加调解员(&amp;A)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/mediation/mediators_tab.py" line="117"/>
        <source>修改(&amp;E)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/mediation/mediators_tab.py" line="127"/>
        <source>姓名</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/mediation/mediators_tab.py" line="127"/>
        <source>类型</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/mediation/mediators_tab.py" line="127"/>
        <source>单位</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/mediation/mediators_tab.py" line="127"/>
        <source>电话</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/mediation/mediators_tab.py" line="127"/>
        <source>专业领域</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/mediation/mediators_tab.py" line="128"/>
        <source>在办案件</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/mediation/mediators_tab.py" line="128"/>
        <source>状态</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/mediation/mediators_tab.py" line="134"/>
        <source>保存案号格式</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/mediation/mediators_tab.py" line="136"/>
        <source>调解案号格式（管理员）：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/mediation/mediators_tab.py" line="169"/>
        <source>本局人员</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/mediation/mediators_tab.py" line="169"/>
        <source>外部专家</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/mediation/mediators_tab.py" line="170"/>
        <source>在库</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/mediation/mediators_tab.py" line="170"/>
        <source>已停用</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/mediation/mediators_tab.py" line="190"/>
        <source>调解案号格式已被他人修改</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OfficePage</name>
    <message>
        <location filename="../../ui/admin/office_tab.py" line="50"/>
        <source>第二次延长结案期限须经其批准</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/admin/office_tab.py" line="51"/>
        <source>机关名称(&amp;N)：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/admin/office_tab.py" line="52"/>
        <source>机关简称(&amp;S)：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/admin/office_tab.py" line="53"/>
        <source>案号格式(&amp;P)：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/admin/office_tab.py" line="54"/>
        <source>案号示例：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/admin/office_tab.py" line="55"/>
        <source>占位符：{机关简称}、{YYYY}（立案年份）、{n}（当年序号，不补零）。例如 {机关简称}知裁字〔{YYYY}〕{n}号</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/admin/office_tab.py" line="60"/>
        <source>地址：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/admin/office_tab.py" line="61"/>
        <source>电话：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/admin/office_tab.py" line="62"/>
        <source>邮编：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/admin/office_tab.py" line="63"/>
        <source>上级部门(&amp;H)：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/admin/office_tab.py" line="71"/>
        <source>保存(&amp;V)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/admin/office_tab.py" line="130"/>
        <source>机关信息已被他人修改</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/admin/office_tab.py" line="140"/>
        <source>机关信息</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/admin/office_tab.py" line="140"/>
        <source>已保存。新的案号格式从下一件立案的案件起使用。</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PagedTable</name>
    <message>
        <location filename="../../ui/common/paged_table.py" line="102"/>
        <source>正在查询…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/common/paged_table.py" line="117"/>
        <source>共 %1 件，显示第 %2–%3 件</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PanelEditor</name>
    <message>
        <location filename="../../ui/cases/panel_editor.py" line="42"/>
        <source>合议组由合议组长和审理员组成，须为三人以上单数；书记员负责记录，技术调查官不参与表决。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cases/panel_editor.py" line="50"/>
        <source>合议组长(&amp;L)：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cases/panel_editor.py" line="55"/>
        <source>审理员：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cases/panel_editor.py" line="57"/>
        <source>增加审理员(&amp;A)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cases/panel_editor.py" line="58"/>
        <source>减少审理员</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cases/panel_editor.py" line="67"/>
        <source>书记员(&amp;K)：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cases/panel_editor.py" line="70"/>
        <source>技术调查官(&amp;T)：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cases/panel_editor.py" line="79"/>
        <source>保存合议组(&amp;S)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cases/panel_editor.py" line="129"/>
        <source>（不指定）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cases/panel_editor.py" line="138"/>
        <source>请选择…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cases/panel_editor.py" line="210"/>
        <source>此案件已被他人修改</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PartyCorrectionDialog</name>
    <message>
        <location filename="../../ui/cases/correction_dialog.py" line="32"/>
        <source>更正当事人信息 — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cases/correction_dialog.py" line="33"/>
        <source>立案后当事人信息的更正须经部门负责人批准；批准后，此后制发的文书使用更正后的信息，时间线记录更正前后的内容。身份证号留空表示不变。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cases/correction_dialog.py" line="38"/>
        <source>当事人(&amp;P)：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cases/correction_dialog.py" line="43"/>
        <source>名称/姓名(&amp;N)：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cases/correction_dialog.py" line="43"/>
        <source>统一社会信用代码(&amp;C)：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cases/correction_dialog.py" line="44"/>
        <source>身份证号(&amp;I)：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cases/correction_dialog.py" line="44"/>
        <source>法定代表人(&amp;L)：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cases/correction_dialog.py" line="45"/>
        <source>职务(&amp;T)：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cases/correction_dialog.py" line="45"/>
        <source>地址(&amp;A)：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cases/correction_dialog.py" line="46"/>
        <source>电话(&amp;H)：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cases/correction_dialog.py" line="50"/>
        <source>更正理由(&amp;R)：</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PassphraseDialog</name>
    <message>
        <location filename="../../ui/shell/passphrase_dialog.py" line="22"/>
        <source>打开加密的数据库</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/shell/passphrase_dialog.py" line="25"/>
        <source>本机数据库已加密：%1
请输入数据库口令。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/shell/passphrase_dialog.py" line="32"/>
        <source>口令(&amp;P)：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/shell/passphrase_dialog.py" line="39"/>
        <source>记住在本机的系统密钥库中（以后启动不再询问）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/shell/passphrase_dialog.py" line="48"/>
        <source>本机没有可用的系统密钥库（%1），无法记住口令，每次启动都需输入。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/shell/passphrase_dialog.py" line="51"/>
        <source>口令由操作系统保管（Windows 凭据管理器、macOS 钥匙串等）；任何能登录本机这个账户的人都能打开数据库。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/shell/passphrase_dialog.py" line="56"/>
        <source>打开</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/shell/passphrase_dialog.py" line="57"/>
        <source>退出</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/shell/passphrase_dialog.py" line="69"/>
        <source>口令不正确，请重新输入。</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PasswordDialog</name>
    <message>
        <location filename="../../ui/admin/password_dialog.py" line="34"/>
        <source>修改密码 — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/admin/password_dialog.py" line="36"/>
        <source>您的密码已过期或由管理员设置，请先设置一个只有您知道的新密码。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/admin/password_dialog.py" line="40"/>
        <source>原密码(&amp;O)：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/admin/password_dialog.py" line="41"/>
        <source>新密码(&amp;N)：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/admin/password_dialog.py" line="42"/>
        <source>确认新密码(&amp;C)：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/admin/password_dialog.py" line="60"/>
        <source>两次输入的新密码不一致</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PdfPreviewDialog</name>
    <message>
        <location filename="../../ui/common/pdf_preview.py" line="85"/>
        <source>共 %1 页</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/common/pdf_preview.py" line="88"/>
        <source>打印(&amp;P)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/common/pdf_preview.py" line="90"/>
        <source>另存为(&amp;S)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/common/pdf_preview.py" line="92"/>
        <source>用 Word/WPS 打开(&amp;W)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/common/pdf_preview.py" line="114"/>
        <source>另存为</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/common/pdf_preview.py" line="115"/>
        <source>PDF 文件 (*.pdf);;Word 文档 (*.docx)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PostponementDialog</name>
    <message>
        <location filename="../../ui/hearings/forms.py" line="83"/>
        <source>登记延期口审申请</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/hearings/forms.py" line="85"/>
        <source>收到日期(&amp;D)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/hearings/forms.py" line="87"/>
        <source>申请理由(&amp;R)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecusalBox</name>
    <message>
        <location filename="../../ui/recusal/applications_list.py" line="41"/>
        <source>回避申请</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/recusal/applications_list.py" line="58"/>
        <source>登记回避申请(&amp;H)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/recusal/applications_list.py" line="61"/>
        <source>决定(&amp;J)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/recusal/applications_list.py" line="63"/>
        <source>回避由部门负责人决定</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/recusal/applications_list.py" line="65"/>
        <source>查看决定书</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/recusal/applications_list.py" line="89"/>
        <source>回避申请待决定：%1 暂停参与本案工作。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/recusal/applications_list.py" line="92"/>
        <source>在此期间合议组不完整（%1），口审、合议等须由合议组进行的工作暂停。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/recusal/applications_list.py" line="101"/>
        <source>；更换为 %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/recusal/applications_list.py" line="105"/>
        <source>应于 %1 前决定</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/recusal/applications_list.py" line="106"/>
        <source>（口头）</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecusalDecisionDialog</name>
    <message>
        <location filename="../../ui/recusal/decision_dialog.py" line="40"/>
        <source>决定回避申请</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/recusal/decision_dialog.py" line="42"/>
        <source>%1 于 %2 申请 %3 回避。
事由：%4
理由：%5
（应于 %6 前作出决定）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/recusal/decision_dialog.py" line="49"/>
        <source>决定回避(&amp;G)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/recusal/decision_dialog.py" line="51"/>
        <source>驳回申请(&amp;J)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/recusal/decision_dialog.py" line="62"/>
        <source>决定：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/recusal/decision_dialog.py" line="65"/>
        <source>（暂不指定）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/recusal/decision_dialog.py" line="70"/>
        <source>由谁接替(&amp;P)：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/recusal/decision_dialog.py" line="73"/>
        <source>更换为(&amp;P)：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/recusal/decision_dialog.py" line="78"/>
        <source>审查意见(&amp;R)：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/recusal/decision_dialog.py" line="81"/>
        <source>决定日期(&amp;D)：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/recusal/decision_dialog.py" line="86"/>
        <source>作出决定后，系统签发《回避申请决定书》（送达申请人）并记入时间线。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/recusal/decision_dialog.py" line="93"/>
        <source>作出决定(&amp;S)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/recusal/decision_dialog.py" line="109"/>
        <source>决定后合议组不符合要求（%1）：补足合议组前，本案不能进行口审、合议等工作。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/recusal/decision_dialog.py" line="113"/>
        <source>✓ 决定后合议组组成符合要求。</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecusalDialog</name>
    <message>
        <location filename="../../ui/recusal/application_dialog.py" line="65"/>
        <source>登记回避申请</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/recusal/application_dialog.py" line="66"/>
        <source>当事人应在知道或者应当知道办案人员名单之日起三个工作日内申请回避；决定口头审理的，最迟在口审开始时提出；口审开始后才知道的事由，可在口审终结前提出。决定作出前，被申请回避的人员暂停参与本案工作。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/recusal/application_dialog.py" line="77"/>
        <source>申请人(&amp;A)：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/recusal/application_dialog.py" line="84"/>
        <source>%1（填写姓名）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/recusal/application_dialog.py" line="86"/>
        <source>被申请回避人员(&amp;C)：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/recusal/application_dialog.py" line="89"/>
        <source>姓名(&amp;N)：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/recusal/application_dialog.py" line="99"/>
        <source>回避事由：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/recusal/application_dialog.py" line="104"/>
        <source>申请理由(&amp;R)：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/recusal/application_dialog.py" line="105"/>
        <source>口头提出（已记入笔录）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/recusal/application_dialog.py" line="111"/>
        <source>收到日期(&amp;D)：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/recusal/application_dialog.py" line="114"/>
        <source>知道名单日期(&amp;L)：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/recusal/application_dialog.py" line="119"/>
        <source>提出场合：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/recusal/application_dialog.py" line="120"/>
        <source>回避事由在口审开始后才知道</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/recusal/application_dialog.py" line="134"/>
        <source>登记(&amp;S)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/recusal/application_dialog.py" line="164"/>
        <source>该当事人尚未收到载明合议组成员的通知，申请期限尚未起算。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/recusal/application_dialog.py" line="166"/>
        <source>%1 于 %2 收到载明合议组成员的通知，申请期限至 %3。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/recusal/application_dialog.py" line="169"/>
        <source>已超过该期限：只有口审开始时提出，或口审开始后才知道的事由在口审终结前提出，才能受理。</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecusalForm</name>
    <message>
        <location filename="../../ui/recusal/application_dialog.py" line="43"/>
        <source>放弃输入</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/recusal/application_dialog.py" line="43"/>
        <source>已填写的内容尚未提交，确定放弃吗？</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReportDialog</name>
    <message>
        <location filename="../../ui/statistics/report_dialog.py" line="48"/>
        <location filename="../../ui/statistics/report_dialog.py" line="175"/>
        <location filename="../../ui/statistics/report_dialog.py" line="212"/>
        <source>导出统计报表</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/statistics/report_dialog.py" line="56"/>
        <source>月报</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/statistics/report_dialog.py" line="56"/>
        <source>季报</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/statistics/report_dialog.py" line="56"/>
        <source>年报</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/statistics/report_dialog.py" line="58"/>
        <source>报表(&amp;K)：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/statistics/report_dialog.py" line="64"/>
        <source> 年</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/statistics/report_dialog.py" line="69"/>
        <location filename="../../ui/statistics/report_dialog.py" line="134"/>
        <source> 月</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/statistics/report_dialog.py" line="73"/>
        <source>期间(&amp;P)：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/statistics/report_dialog.py" line="88"/>
        <source>排名指标：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/statistics/report_dialog.py" line="95"/>
        <source>格式(&amp;F)：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/statistics/report_dialog.py" line="100"/>
        <source>浏览(&amp;B)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/statistics/report_dialog.py" line="103"/>
        <source>保存到(&amp;S)：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/statistics/report_dialog.py" line="112"/>
        <source>导出(&amp;E)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/statistics/report_dialog.py" line="134"/>
        <source> 季度</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/statistics/report_dialog.py" line="139"/>
        <source>%1（%2 至 %3），同比 %4，环比 %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/statistics/report_dialog.py" line="156"/>
        <source>保存报表</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/statistics/report_dialog.py" line="174"/>
        <source>正在统计…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/statistics/report_dialog.py" line="174"/>
        <source>取消</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/statistics/report_dialog.py" line="198"/>
        <source>正在写入文件…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RequestDialog</name>
    <message>
        <location filename="../../ui/cases/request_dialog.py" line="49"/>
        <source>修改请求信息 — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cases/request_dialog.py" line="61"/>
        <source>（按专利号自动识别）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cases/request_dialog.py" line="64"/>
        <location filename="../../ui/cases/request_dialog.py" line="135"/>
        <source>（登记人）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cases/request_dialog.py" line="77"/>
        <location filename="../../forms/request_dialog.ui" line="217"/>
        <source>请求人</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cases/request_dialog.py" line="78"/>
        <location filename="../../forms/request_dialog.ui" line="227"/>
        <source>被请求人</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cases/request_dialog.py" line="101"/>
        <source>保存(&amp;S)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cases/request_dialog.py" line="101"/>
        <source>登记(&amp;S)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cases/request_dialog.py" line="194"/>
        <source>✓ %1，%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cases/request_dialog.py" line="314"/>
        <source>此案件已被他人修改</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/request_dialog.ui" line="14"/>
        <source>登记处理请求</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/request_dialog.ui" line="45"/>
        <source>收到请求书日期(&amp;D)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/request_dialog.ui" line="58"/>
        <source>承办人(&amp;O)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/request_dialog.ui" line="71"/>
        <source>专利号(&amp;N)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/request_dialog.ui" line="81"/>
        <source>如 ZL201610259567.X</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/request_dialog.ui" line="98"/>
        <source>专利类型(&amp;T)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/request_dialog.ui" line="111"/>
        <source>专利名称(&amp;M)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/request_dialog.ui" line="125"/>
        <source>专利权人(&amp;Q)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/request_dialog.ui" line="139"/>
        <source>申请日</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/request_dialog.ui" line="152"/>
        <source>授权公告日</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/request_dialog.ui" line="165"/>
        <source>案件特征</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/request_dialog.ui" line="177"/>
        <source>涉外/涉港澳台(&amp;W)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/request_dialog.ui" line="184"/>
        <source>电商平台(&amp;E)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/request_dialog.ui" line="191"/>
        <source>展会(&amp;F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/request_dialog.ui" line="37"/>
        <source>请求与专利</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/request_dialog.ui" line="237"/>
        <source>请求内容</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/request_dialog.ui" line="245"/>
        <source>请求保护的权利要求(&amp;C)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/request_dialog.ui" line="255"/>
        <source>如 权利要求1、3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/request_dialog.ui" line="262"/>
        <source>被控侵权产品(&amp;P)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/request_dialog.ui" line="276"/>
        <source>被控侵权行为</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/request_dialog.ui" line="288"/>
        <source>制造</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/request_dialog.ui" line="295"/>
        <source>使用</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/request_dialog.ui" line="302"/>
        <source>许诺销售</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/request_dialog.ui" line="309"/>
        <source>销售</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/request_dialog.ui" line="316"/>
        <source>进口</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/request_dialog.ui" line="332"/>
        <source>请求事项(&amp;R)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/request_dialog.ui" line="345"/>
        <source>如：责令被请求人立即停止制造、销售侵犯涉案专利权的产品</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReturnSlipDialog</name>
    <message>
        <location filename="../../ui/hearings/forms.py" line="63"/>
        <source>登记口头审理回执</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/hearings/forms.py" line="65"/>
        <source>收到日期(&amp;D)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/hearings/forms.py" line="67"/>
        <source>参加口头审理(&amp;A)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/hearings/forms.py" line="69"/>
        <source>出席人员(&amp;N)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/hearings/forms.py" line="70"/>
        <source>每行一人：姓名 单位及职务 电话</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/hearings/forms.py" line="71"/>
        <source>不参加的理由(&amp;R)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RoutingRuleDialog</name>
    <message>
        <location filename="../../ui/intake/routing_rule_dialog.py" line="44"/>
        <source>修改分流规则</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/intake/routing_rule_dialog.py" line="44"/>
        <source>新增分流规则</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/intake/routing_rule_dialog.py" line="50"/>
        <source>启用</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/intake/routing_rule_dialog.py" line="52"/>
        <source>规则名称：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/intake/routing_rule_dialog.py" line="53"/>
        <source>建议程序：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/intake/routing_rule_dialog.py" line="56"/>
        <source>条件（同时满足；不勾选或“不限”即不作要求）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/intake/routing_rule_dialog.py" line="74"/>
        <location filename="../../ui/intake/routing_rule_dialog.py" line="82"/>
        <source>不限</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/intake/routing_rule_dialog.py" line="75"/>
        <source>是</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/intake/routing_rule_dialog.py" line="76"/>
        <source>否</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/intake/routing_rule_dialog.py" line="84"/>
        <source>不少于</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/intake/routing_rule_dialog.py" line="86"/>
        <source>不超过</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RoutingRulesPage</name>
    <message>
        <location filename="../../ui/intake/rules_tab.py" line="43"/>
        <source>收到的事项按下列规则依次比对，第一条全部条件都满足的规则给出建议程序；都不满足时建议%1。办案人员可以采纳建议，也可以说明理由后改用其他程序。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/intake/rules_tab.py" line="50"/>
        <source>启用</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/intake/rules_tab.py" line="50"/>
        <source>规则名称</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/intake/rules_tab.py" line="50"/>
        <source>条件</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/intake/rules_tab.py" line="51"/>
        <source>建议程序</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/intake/rules_tab.py" line="62"/>
        <source>投诉须先收到正式的处理请求书，才能登记为行政裁决案件</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/intake/rules_tab.py" line="64"/>
        <source>权利人的投诉须转为正式的处理请求书后才能裁决；不需要时可取消勾选。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/intake/rules_tab.py" line="66"/>
        <source>按本机关的做法设定，可随时调整。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/intake/rules_tab.py" line="72"/>
        <source>新增(&amp;N)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/intake/rules_tab.py" line="73"/>
        <source>修改(&amp;E)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/intake/rules_tab.py" line="74"/>
        <source>删除(&amp;D)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/intake/rules_tab.py" line="75"/>
        <source>上移(&amp;U)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/intake/rules_tab.py" line="76"/>
        <source>下移(&amp;W)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/intake/rules_tab.py" line="77"/>
        <source>恢复默认规则</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/intake/rules_tab.py" line="78"/>
        <source>保存规则(&amp;S)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/intake/rules_tab.py" line="101"/>
        <source>分流规则由管理员维护。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/intake/rules_tab.py" line="119"/>
        <source>是</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/intake/rules_tab.py" line="119"/>
        <source>否</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/intake/rules_tab.py" line="138"/>
        <source>有未保存的修改</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/intake/rules_tab.py" line="139"/>
        <source>使用内置的默认规则</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/intake/rules_tab.py" line="185"/>
        <source>分流规则已被他人修改</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Sections</name>
    <message>
        <location filename="../../ui/sections.py" line="102"/>
        <source>工作台</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sections.py" line="103"/>
        <source>收案登记</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sections.py" line="104"/>
        <source>案件</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sections.py" line="105"/>
        <source>口审日程</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sections.py" line="106"/>
        <source>调解</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sections.py" line="107"/>
        <source>文书</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sections.py" line="110"/>
        <source>统计</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sections.py" line="112"/>
        <source>设置</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sections.py" line="116"/>
        <source>审计</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sections.py" line="129"/>
        <source>登记处理请求(&amp;N)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sections.py" line="135"/>
        <source>搜索案件(&amp;S)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sections.py" line="140"/>
        <source>案件(&amp;C)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sections.py" line="142"/>
        <source>修改请求信息(&amp;E)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sections.py" line="145"/>
        <source>返回案件列表(&amp;B)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sections.py" line="232"/>
        <source>请求已登记。</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ServiceDialog</name>
    <message>
        <location filename="../../ui/documents/service_dialog.py" line="46"/>
        <source>登记送达 — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/documents/service_dialog.py" line="53"/>
        <source>文书(&amp;D)：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/documents/service_dialog.py" line="56"/>
        <source>受送达人(&amp;R)：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/documents/service_dialog.py" line="58"/>
        <source>受送达单位：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/documents/service_dialog.py" line="61"/>
        <source>送达方式(&amp;M)：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/documents/service_dialog.py" line="67"/>
        <source>已签收</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/documents/service_dialog.py" line="73"/>
        <source>发出日期(&amp;S)：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/documents/service_dialog.py" line="74"/>
        <source>签收日期：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/documents/service_dialog.py" line="76"/>
        <source>邮件单号：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/documents/service_dialog.py" line="78"/>
        <source>留置送达：拒收人、见证人、留置地点</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/documents/service_dialog.py" line="79"/>
        <source>拒收情况：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/documents/service_dialog.py" line="81"/>
        <source>备注：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/documents/service_dialog.py" line="83"/>
        <source>（未附）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/documents/service_dialog.py" line="84"/>
        <source>选择回证扫描件(&amp;F)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/documents/service_dialog.py" line="88"/>
        <source>回证扫描件：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/documents/service_dialog.py" line="95"/>
        <source>登记(&amp;O)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/documents/service_dialog.py" line="136"/>
        <source>电子送达须受送达人书面同意（在“送达”页登记同意）。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/documents/service_dialog.py" line="138"/>
        <source>裁决书、调解协议书不得电子送达。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/documents/service_dialog.py" line="140"/>
        <source>调解协议书不得留置送达。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/documents/service_dialog.py" line="152"/>
        <source>公告送达：发出日期填公告之日，期满视为送达，相关期限届时自动起算。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/documents/service_dialog.py" line="157"/>
        <source>选择回证扫描件</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/documents/service_dialog.py" line="158"/>
        <source>扫描件 (*.pdf *.png *.jpg *.jpeg *.tif *.tiff)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ServiceTab</name>
    <message>
        <location filename="../../ui/documents/service_tab.py" line="48"/>
        <source>登记送达(&amp;S)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/documents/service_tab.py" line="50"/>
        <source>登记签收(&amp;R)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/documents/service_tab.py" line="51"/>
        <source>附回证扫描件(&amp;F)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/documents/service_tab.py" line="52"/>
        <source>电子送达同意(&amp;E)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/documents/service_tab.py" line="63"/>
        <source>待送达文书</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/documents/service_tab.py" line="63"/>
        <location filename="../../ui/documents/service_tab.py" line="67"/>
        <source>文号</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/documents/service_tab.py" line="63"/>
        <location filename="../../ui/documents/service_tab.py" line="67"/>
        <source>受送达人</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/documents/service_tab.py" line="63"/>
        <source>签发时间</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/documents/service_tab.py" line="64"/>
        <source>公告期满视为送达</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/documents/service_tab.py" line="67"/>
        <source>文书</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/documents/service_tab.py" line="67"/>
        <source>方式</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/documents/service_tab.py" line="68"/>
        <source>发出</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/documents/service_tab.py" line="68"/>
        <source>签收/视为送达</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/documents/service_tab.py" line="68"/>
        <source>单号</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/documents/service_tab.py" line="68"/>
        <source>回证</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/documents/service_tab.py" line="69"/>
        <source>登记人</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/documents/service_tab.py" line="79"/>
        <source>等待送达：%1（%2）— %3送达后自动起算</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/documents/service_tab.py" line="86"/>
        <source>%1（视为）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/documents/service_tab.py" line="87"/>
        <source>未签收</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/documents/service_tab.py" line="117"/>
        <location filename="../../ui/documents/service_tab.py" line="120"/>
        <source>登记签收</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/documents/service_tab.py" line="117"/>
        <source>请先在下表选择一条尚未签收的送达记录。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/documents/service_tab.py" line="124"/>
        <source>签收日期：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/documents/service_tab.py" line="125"/>
        <source>邮件单号：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/documents/service_tab.py" line="143"/>
        <source>回证扫描件</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/documents/service_tab.py" line="143"/>
        <source>请先在下表选择一条送达记录。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/documents/service_tab.py" line="145"/>
        <source>选择回证扫描件</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/documents/service_tab.py" line="146"/>
        <source>扫描件 (*.pdf *.png *.jpg *.jpeg *.tif *.tiff)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/documents/service_tab.py" line="163"/>
        <source>电子送达同意</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/documents/service_tab.py" line="170"/>
        <source>电子邮箱或送达平台账号；留空表示撤回同意</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/documents/service_tab.py" line="171"/>
        <source>当事人：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/documents/service_tab.py" line="172"/>
        <source>书面同意日期：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/documents/service_tab.py" line="173"/>
        <source>电子送达地址：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/documents/service_tab.py" line="174"/>
        <source>依《专利纠纷行政裁决和调解办法》，电子送达须经受送达人书面同意；裁决书、调解协议书不适用电子送达。</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsView</name>
    <message>
        <location filename="../../ui/admin/section.py" line="31"/>
        <source>机关</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/admin/section.py" line="32"/>
        <source>用户</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/admin/section.py" line="33"/>
        <source>节假日</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/admin/section.py" line="35"/>
        <source>期限规则</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/admin/section.py" line="37"/>
        <source>文书</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/admin/section.py" line="39"/>
        <source>口审庭</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/admin/section.py" line="41"/>
        <source>备份</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StatisticsView</name>
    <message>
        <location filename="../../ui/statistics/section.py" line="108"/>
        <source>刷新</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/statistics/section.py" line="110"/>
        <source>导出报表(&amp;X)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/statistics/section.py" line="124"/>
        <source>收案</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/statistics/section.py" line="125"/>
        <location filename="../../ui/statistics/section.py" line="203"/>
        <source>立案</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/statistics/section.py" line="126"/>
        <location filename="../../ui/statistics/section.py" line="203"/>
        <source>结案</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/statistics/section.py" line="127"/>
        <source>结案率</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/statistics/section.py" line="128"/>
        <source>按期结案率</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/statistics/section.py" line="129"/>
        <source>平均办案周期（日）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/statistics/section.py" line="130"/>
        <source>调解结案率</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/statistics/section.py" line="131"/>
        <source>在办</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/statistics/section.py" line="132"/>
        <source>逾期案件</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/statistics/section.py" line="150"/>
        <source>在办案件（按状态）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/statistics/section.py" line="151"/>
        <source>逾期与3个工作日内到期（按承办人）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/statistics/section.py" line="152"/>
        <source>收案（按月，本年与上年）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/statistics/section.py" line="153"/>
        <source>收案登记（按月，本年与上年）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/statistics/section.py" line="154"/>
        <source>立案（按月，本年与上年）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/statistics/section.py" line="155"/>
        <source>结案方式</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/statistics/section.py" line="156"/>
        <location filename="../../ui/statistics/section.py" line="248"/>
        <source>按期结案</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/statistics/section.py" line="157"/>
        <source>承办人工作量（未结案件）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/statistics/section.py" line="158"/>
        <source>专利类型</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/statistics/section.py" line="159"/>
        <source>涉外、电商、展会、重复侵权</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/statistics/section.py" line="160"/>
        <source>繁简分流</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/statistics/section.py" line="161"/>
        <source>调解</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/statistics/section.py" line="181"/>
        <source>正在统计…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/statistics/section.py" line="205"/>
        <source>结案方式、按期结案、办案周期、专利类型、标记和调解：%1 至 %2 %3的案件；在办、逾期和工作量：截至今日（%4）。指向数字可看口径，点击柱形或数字可列出相应案件。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/statistics/section.py" line="219"/>
        <source>收案（收案登记 %1 件）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/statistics/section.py" line="221"/>
        <source>逾期案件（收案登记 %1 件）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/statistics/section.py" line="226"/>
        <source>未指定承办人</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/statistics/section.py" line="232"/>
        <source>案件数</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/statistics/section.py" line="234"/>
        <source>逾期</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/statistics/section.py" line="235"/>
        <source>3个工作日内到期</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/statistics/section.py" line="236"/>
        <source>收案登记逾期</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/statistics/section.py" line="237"/>
        <source>收案登记临期</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/statistics/section.py" line="238"/>
        <source>%1月</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/statistics/section.py" line="241"/>
        <location filename="../../ui/statistics/section.py" line="243"/>
        <source>%1年</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/statistics/section.py" line="247"/>
        <location filename="../../ui/statistics/section.py" line="249"/>
        <location filename="../../ui/statistics/section.py" line="255"/>
        <location filename="../../ui/statistics/section.py" line="257"/>
        <location filename="../../ui/statistics/section.py" line="260"/>
        <location filename="../../ui/statistics/section.py" line="262"/>
        <source>件数</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/statistics/section.py" line="248"/>
        <source>超期结案</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/statistics/section.py" line="251"/>
        <source>未立案</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/statistics/section.py" line="252"/>
        <source>已立案在办</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/statistics/section.py" line="256"/>
        <source>涉外/港澳台</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/statistics/section.py" line="256"/>
        <source>电商</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/statistics/section.py" line="256"/>
        <source>展会</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/statistics/section.py" line="256"/>
        <source>重复侵权</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/statistics/section.py" line="259"/>
        <source>未分流</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/statistics/section.py" line="261"/>
        <source>调解结案</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/statistics/section.py" line="261"/>
        <source>和解后以其他方式结案</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/statistics/section.py" line="265"/>
        <source>调解（调解成功率 %1）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/statistics/section.py" line="266"/>
        <source>按期结案（按期结案率 %1）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/statistics/section.py" line="279"/>
        <location filename="../../ui/statistics/section.py" line="295"/>
        <source>%1年%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/statistics/section.py" line="286"/>
        <source>统计 — %1：%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/statistics/section.py" line="323"/>
        <source>截至 %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/statistics/section.py" line="325"/>
        <source>%1 至 %2（%3）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/statistics/section.py" line="327"/>
        <source>统计 %1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StatsFilterBar</name>
    <message>
        <location filename="../../ui/statistics/filter_bar.py" line="51"/>
        <source>本年</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/statistics/filter_bar.py" line="51"/>
        <source>本月</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/statistics/filter_bar.py" line="51"/>
        <source>上月</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/statistics/filter_bar.py" line="52"/>
        <source>本季度</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/statistics/filter_bar.py" line="52"/>
        <source>上季度</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/statistics/filter_bar.py" line="53"/>
        <source>近12个月</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/statistics/filter_bar.py" line="53"/>
        <source>上年</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/statistics/filter_bar.py" line="54"/>
        <source>自定义</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/statistics/filter_bar.py" line="56"/>
        <source>期间(&amp;P)：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/statistics/filter_bar.py" line="63"/>
        <source>至</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/statistics/filter_bar.py" line="67"/>
        <source>按结案日期</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/statistics/filter_bar.py" line="68"/>
        <source>按立案日期</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/statistics/filter_bar.py" line="69"/>
        <source>期间按哪个日期选取案件：结案方式、按期结案率、办案周期、专利类型和标记统计期间内结案的案件，或期间内立案的案件。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/statistics/filter_bar.py" line="79"/>
        <source>全部专利类型</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/statistics/filter_bar.py" line="84"/>
        <source>涉外</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/statistics/filter_bar.py" line="85"/>
        <source>电商</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/statistics/filter_bar.py" line="86"/>
        <source>展会</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/statistics/filter_bar.py" line="106"/>
        <source>本机关及下级</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/statistics/filter_bar.py" line="106"/>
        <source>本机关</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/statistics/filter_bar.py" line="107"/>
        <source>全部承办人</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TodaysHearingsBox</name>
    <message>
        <location filename="../../ui/hearings/todays_list.py" line="30"/>
        <source>今日口审</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/hearings/todays_list.py" line="39"/>
        <source>今日口审（%1）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/hearings/todays_list.py" line="41"/>
        <source>（线上）</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UserDialog</name>
    <message>
        <location filename="../../ui/admin/users_tab.py" line="40"/>
        <source>重置密码 — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/admin/users_tab.py" line="40"/>
        <source>添加用户</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/admin/users_tab.py" line="51"/>
        <source>用户名(&amp;U)：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/admin/users_tab.py" line="52"/>
        <source>姓名(&amp;N)：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/admin/users_tab.py" line="53"/>
        <source>角色(&amp;R)：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/admin/users_tab.py" line="54"/>
        <source>密码(&amp;P)：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/admin/users_tab.py" line="55"/>
        <source>确认密码(&amp;C)：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/admin/users_tab.py" line="65"/>
        <source>两次输入的密码不一致</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UserEditDialog</name>
    <message>
        <location filename="../../ui/admin/user_edit_dialog.py" line="25"/>
        <source>修改用户 — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/admin/user_edit_dialog.py" line="34"/>
        <source>不能更改自己的角色，请另一位管理员更改</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/admin/user_edit_dialog.py" line="35"/>
        <source>用户名：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/admin/user_edit_dialog.py" line="36"/>
        <source>姓名(&amp;N)：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/admin/user_edit_dialog.py" line="37"/>
        <source>角色(&amp;R)：</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UsersPage</name>
    <message>
        <location filename="../../ui/admin/users_tab.py" line="90"/>
        <source>用户名</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/admin/users_tab.py" line="90"/>
        <source>姓名</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/admin/users_tab.py" line="90"/>
        <source>角色</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/admin/users_tab.py" line="90"/>
        <source>状态</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/admin/users_tab.py" line="99"/>
        <source>添加用户(&amp;A)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/admin/users_tab.py" line="100"/>
        <source>修改姓名/角色(&amp;E)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/admin/users_tab.py" line="104"/>
        <source>停用/启用(&amp;T)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/admin/users_tab.py" line="105"/>
        <source>重置密码(&amp;P)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/admin/users_tab.py" line="106"/>
        <source>解除锁定(&amp;U)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/admin/users_tab.py" line="108"/>
        <source>登录与密码规则(&amp;R)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/admin/users_tab.py" line="141"/>
        <source>已锁定（至 %1）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/admin/users_tab.py" line="142"/>
        <source>启用</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/admin/users_tab.py" line="139"/>
        <source>已停用</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/admin/users_tab.py" line="167"/>
        <source>重置密码</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/admin/users_tab.py" line="167"/>
        <source>密码已重置。</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WeekGrid</name>
    <message>
        <location filename="../../ui/hearings/week_grid.py" line="114"/>
        <source>今天 %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>_Form</name>
    <message>
        <location filename="../../ui/hearings/forms.py" line="48"/>
        <source>当事人(&amp;P)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>case_tabs</name>
    <message>
        <location filename="../../ui/cases/tabs.py" line="131"/>
        <source>身份</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cases/tabs.py" line="131"/>
        <source>名称/姓名</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cases/tabs.py" line="131"/>
        <source>类型</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cases/tabs.py" line="131"/>
        <source>证件号码</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cases/tabs.py" line="131"/>
        <source>法定代表人</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cases/tabs.py" line="131"/>
        <source>地址</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cases/tabs.py" line="131"/>
        <source>电话</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cases/tabs.py" line="132"/>
        <source>受理通知送达</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cases/tabs.py" line="132"/>
        <source>副本送达</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cases/tabs.py" line="132"/>
        <source>答辩书收到</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cases/tabs.py" line="132"/>
        <source>裁决书送达</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cases/tabs.py" line="262"/>
        <source>时间</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cases/tabs.py" line="262"/>
        <source>操作人</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cases/tabs.py" line="262"/>
        <source>事项</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cases/tabs.py" line="262"/>
        <source>状态变化</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cases/tabs.py" line="262"/>
        <source>详情</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>errors</name>
    <message>
        <location filename="../../ui/common/errors.py" line="40"/>
        <source>必须填写</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/common/errors.py" line="41"/>
        <source>格式不正确</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/common/errors.py" line="42"/>
        <source>不能晚于今天</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/common/errors.py" line="43"/>
        <source>不是可选的值</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/common/errors.py" line="44"/>
        <source>超出允许的范围</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/common/errors.py" line="45"/>
        <source>必须是数字</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/common/errors.py" line="47"/>
        <source>校验位不正确（按前面的数字，校验位应为 %1）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/common/errors.py" line="48"/>
        <source>年份不正确（%1）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/common/errors.py" line="49"/>
        <source>专利类型代码不正确（%1，应为 1、2、3、8 或 9）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/common/errors.py" line="50"/>
        <source>出生日期不正确（%1）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/common/errors.py" line="51"/>
        <source>日期不正确（%1）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/common/errors.py" line="53"/>
        <source>内容过长（最多 %1 个字）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/common/errors.py" line="55"/>
        <source>含有不可见的控制字符（%1），请删除后再保存</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/common/errors.py" line="56"/>
        <source>只能填写一行，请删除换行</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/common/errors.py" line="58"/>
        <source>公民代理人须填写住址（律师、专利代理师请填写所在律师事务所或代理机构）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/admin/errors.py" line="8"/>
        <source>类型不正确（%1），应为 假/休/holiday 或 班/调休/workday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/admin/errors.py" line="9"/>
        <source>日期不属于该年份（%1）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/admin/errors.py" line="10"/>
        <source>同一天既是假日又是调休上班日（%1）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cases/errors.py" line="8"/>
        <location filename="../../ui/cases/errors.py" line="34"/>
        <source>结案期限已延长两次，不能再延长</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/common/errors.py" line="52"/>
        <source>已存在（%1）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/common/errors.py" line="57"/>
        <source>数量过多（%1）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/admin/errors.py" line="12"/>
        <source>密码太简单</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/admin/errors.py" line="13"/>
        <source>太短（至少 %1 个字符）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/admin/errors.py" line="14"/>
        <source>已被使用</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/admin/errors.py" line="15"/>
        <source>不能停用自己的账户</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/admin/errors.py" line="16"/>
        <source>不能更改自己的角色（请另一位管理员更改）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/admin/errors.py" line="18"/>
        <source>须同时包含字母和数字</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/admin/errors.py" line="19"/>
        <source>不能与用户名相同</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/admin/errors.py" line="20"/>
        <source>不能与原密码相同</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/admin/errors.py" line="21"/>
        <source>含有无法输入的控制字符</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/admin/errors.py" line="22"/>
        <source>不正确</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/common/errors.py" line="59"/>
        <source>未找到，可能已被删除</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cases/errors.py" line="9"/>
        <source>该审批事项已处理（%1）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cases/errors.py" line="10"/>
        <source>与专利号中的类型代码不符</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cases/errors.py" line="16"/>
        <source>不能早于立案日期（%1）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/common/errors.py" line="60"/>
        <source>不能早于开始日期（%1）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/admin/errors.py" line="23"/>
        <source>须包含序号占位符 %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/admin/errors.py" line="24"/>
        <source>须包含年份占位符 %1（否则每年序号会重复）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/admin/errors.py" line="11"/>
        <source>没有可导入的日期</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/documents/errors.py" line="7"/>
        <source>文件夹不存在（%1）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/documents/errors.py" line="8"/>
        <source>受送达人未书面同意电子送达，不能电子送达</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/documents/errors.py" line="9"/>
        <source>裁决书、调解协议书不得电子送达</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/documents/errors.py" line="10"/>
        <source>调解协议书不得留置送达</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/documents/errors.py" line="11"/>
        <source>内部文书无需送达</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/documents/errors.py" line="12"/>
        <source>不能早于文书签发日期（%1）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/documents/errors.py" line="16"/>
        <source>该文书执行已审批的决定，签发人为审批的部门负责人（%1），不能另选</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/documents/errors.py" line="17"/>
        <source>%1 不能作为签发人：签发人须为有审批权限的部门负责人</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/documents/errors.py" line="18"/>
        <source>%1 的账户已停用，不能作为签发人</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/documents/errors.py" line="19"/>
        <source>%1 不属于本案所属机关，不能作为签发人</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/documents/errors.py" line="20"/>
        <source>“%1”为内部存档文书，没有签发人</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/common/errors.py" line="62"/>
        <source>文件无法读取（%1）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/common/errors.py" line="63"/>
        <source>找不到文件“%1”：它可能已被移动、改名或删除，请重新选择</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/common/errors.py" line="64"/>
        <source>文件类型不支持（可用 %1）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/documents/errors.py" line="13"/>
        <source>案件已归档，只能查阅，不能再签发文书或登记送达</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/documents/errors.py" line="14"/>
        <source>%1 已经更正过；如需再次更正，请更正最新的文书</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cases/errors.py" line="26"/>
        <source>案件当前状态下不能进行此操作</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cases/errors.py" line="27"/>
        <source>案件已中止处理，恢复处理前不能进行此操作</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cases/errors.py" line="28"/>
        <source>案件未中止，无需恢复</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cases/errors.py" line="29"/>
        <source>此事项已提交审批，尚待部门负责人决定</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cases/errors.py" line="30"/>
        <source>合议组尚未依法组成（见“合议组”页）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cases/errors.py" line="31"/>
        <source>尚未向全部被请求人送达请求书副本，答辩期未开始</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cases/errors.py" line="33"/>
        <source>立案审查期限已延长过一次</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cases/errors.py" line="35"/>
        <source>中止请使用“中止处理”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cases/errors.py" line="36"/>
        <source>该类不计入期间已经开始，尚未结束</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cases/errors.py" line="37"/>
        <source>没有正在进行的不计入期间</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cases/errors.py" line="38"/>
        <source>该类不计入期间没有开始</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cases/errors.py" line="39"/>
        <source>该鉴定期间随鉴定委托登记：请在“证据”页登记收到鉴定意见的日期</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cases/errors.py" line="40"/>
        <source>书面审理作出不利裁决前，须告知被请求人事实、理由和证据并给予陈述期间</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cases/errors.py" line="44"/>
        <source>案件已立案，请求信息不能再修改</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/documents/errors.py" line="24"/>
        <source>已登记签收，不能重复登记</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cases/errors.py" line="45"/>
        <source>此事项须经审批</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/documents/errors.py" line="25"/>
        <source>案件当前阶段不能制作该文书</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/documents/errors.py" line="26"/>
        <source>结案审批尚未批准：行政裁决书只能预览草稿（可附于结案审批表），批准后方可编号签发</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/documents/errors.py" line="28"/>
        <source>专利权评价报告仅针对实用新型和外观设计专利（专利法第六十六条），发明专利案件不能制作该通知书</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/documents/errors.py" line="30"/>
        <source>该字体文件无法嵌入PDF（须为TrueType字体）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cases/errors.py" line="11"/>
        <source>不能早于申请日（%1）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cases/errors.py" line="12"/>
        <source>不能晚于收到请求书的日期（%1）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cases/errors.py" line="14"/>
        <source>不能早于 %1（专利法施行之日）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cases/errors.py" line="15"/>
        <source>与专利号不符（按专利号，申请日应在 %1 年）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cases/errors.py" line="17"/>
        <source>外观设计专利权不因“使用”行为受到侵犯，不能请求认定使用行为（专利法第十一条）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cases/errors.py" line="20"/>
        <source>该当事人已有一项更正尚待部门负责人审批</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cases/errors.py" line="21"/>
        <source>与现有信息相同，没有需要更正的内容</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cases/errors.py" line="32"/>
        <source>答辩期尚未届满（被请求人可答辩至 %1）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cases/errors.py" line="41"/>
        <source>立案日期不能早于收到请求书的日期（%1）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cases/errors.py" line="42"/>
        <source>口审日期不能早于排定的口审日期（%1）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cases/errors.py" line="43"/>
        <source>结案日期不能早于立案日期（%1）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cases/errors.py" line="47"/>
        <source>尚未签发%1，请先在文书中签发</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cases/errors.py" line="48"/>
        <source>案件尚未立案：请直接修改请求书</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cases/errors.py" line="50"/>
        <source>未向当事人送达口头审理通知书（应最迟于 %1 送达）：缺席审理或按撤回请求处理须以书面通知为前提（办法第二十六条）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cases/errors.py" line="52"/>
        <source>口头审理通知书送达晚于 %1（须在口头审理三个工作日前送达）：不能据此缺席审理或按撤回请求处理（办法第二十六条）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cases/errors.py" line="54"/>
        <source>该中止事由仅适用于实用新型和外观设计专利（专利法实施细则第九十八条、办法第二十八条）；发明专利的无效宣告请求不是必须中止的事由</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cases/errors.py" line="61"/>
        <source>须指定一名合议组长</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cases/errors.py" line="62"/>
        <source>合议组长只能有一名</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cases/errors.py" line="63"/>
        <source>合议组成员（组长和审理员）至少三人</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cases/errors.py" line="64"/>
        <source>合议组成员（组长和审理员）须为单数</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cases/errors.py" line="65"/>
        <source>须指定一名书记员</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cases/errors.py" line="66"/>
        <source>书记员只能有一名</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cases/errors.py" line="67"/>
        <source>技术调查官只能有一名</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cases/errors.py" line="68"/>
        <source>同一人不能在合议组中担任两个职务</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/common/errors.py" line="69"/>
        <source>案件</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/common/errors.py" line="70"/>
        <source>用户</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cases/errors.py" line="72"/>
        <source>审批事项</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/admin/errors.py" line="28"/>
        <source>机关</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/admin/errors.py" line="29"/>
        <source>节假日年份</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/common/errors.py" line="71"/>
        <source>当事人</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/documents/errors.py" line="34"/>
        <source>文书</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/documents/errors.py" line="35"/>
        <source>送达记录</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/documents/errors.py" line="36"/>
        <source>回证扫描件</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/documents/errors.py" line="37"/>
        <source>文书类型</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/intake/errors.py" line="7"/>
        <source>只有投诉举报和咨询可以匿名</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/intake/errors.py" line="8"/>
        <source>实名举报须留下电话或地址，以便告知处理结果</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/intake/errors.py" line="9"/>
        <source>不能早于 %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/intake/errors.py" line="10"/>
        <source>须晚于告知日期（%1）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/intake/errors.py" line="11"/>
        <source>已转为处理请求，事项类型不能再改</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/common/errors.py" line="65"/>
        <source>文件过大（不超过 %1）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/intake/errors.py" line="15"/>
        <source>该事项已处理完毕</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/intake/errors.py" line="16"/>
        <source>此类事项不能这样处理</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/intake/errors.py" line="17"/>
        <source>补正只能一次性告知，已经告知过</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/intake/errors.py" line="18"/>
        <source>正在等待补正材料：收到补正材料前只能不予受理或办结</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/intake/errors.py" line="19"/>
        <source>投诉须先转为正式的处理请求（收到请求书）才能登记为裁决案件</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/intake/errors.py" line="21"/>
        <source>该事项没有在等待补正</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/intake/errors.py" line="22"/>
        <source>没有需要告知的实名举报人，或尚未作出处理决定</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/intake/errors.py" line="23"/>
        <source>已经告知过举报人</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/intake/errors.py" line="27"/>
        <source>收案登记事项</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/common/errors.py" line="72"/>
        <source>附件</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/hearings/errors.py" line="7"/>
        <source>只能续行本案已休庭的口审</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/hearings/errors.py" line="11"/>
        <source>本案已有排定的口审，请使用“变更口审安排”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/hearings/errors.py" line="12"/>
        <source>该次口审已经结束，不能再变更</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/hearings/errors.py" line="20"/>
        <source>口审</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/hearings/errors.py" line="21"/>
        <source>口审庭</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/hearings/errors.py" line="22"/>
        <source>延期申请</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/evidence/errors.py" line="7"/>
        <source>调查、检查须由至少 %1 名执法人员进行</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/evidence/errors.py" line="8"/>
        <source>举证期限已于 %1 届满，期满后不能再申请延长</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/evidence/errors.py" line="12"/>
        <source>本案合议组没有技术调查官（见“合议组”页）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/evidence/errors.py" line="13"/>
        <source>该当事人的举证期限尚未开始（通知书尚未送达）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/evidence/errors.py" line="14"/>
        <source>已对登记保存的证据作出处理决定</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/evidence/errors.py" line="15"/>
        <source>已收到鉴定意见</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/evidence/errors.py" line="19"/>
        <source>证据</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/evidence/errors.py" line="20"/>
        <source>证据文件</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/evidence/errors.py" line="21"/>
        <source>调查取证记录</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/evidence/errors.py" line="22"/>
        <source>登记保存记录</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/evidence/errors.py" line="23"/>
        <source>技术鉴定</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/mediation/errors.py" line="7"/>
        <source>金额须为不小于零、最多两位小数的数字</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/mediation/errors.py" line="8"/>
        <source>各期金额之和须等于赔偿数额（%1 元）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/mediation/errors.py" line="9"/>
        <source>两期不能在同一天到期</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/mediation/errors.py" line="22"/>
        <source>协议至少须约定一项内容（停止侵权、销毁撤回、赔偿或其他条款）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/mediation/errors.py" line="10"/>
        <source>请求人和被请求人双方都须有签署人</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/mediation/errors.py" line="17"/>
        <source>已于 %1 签署</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/mediation/errors.py" line="18"/>
        <source>不能早于协议拟定日期（%1）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/mediation/errors.py" line="19"/>
        <source>不能早于协议生效日期（%1）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/mediation/errors.py" line="20"/>
        <source>已超过申请司法确认的三十日期限（%1 届满）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/mediation/errors.py" line="21"/>
        <source>不能早于申请日期（%1）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/mediation/errors.py" line="31"/>
        <source>已有一份待签署或已生效的调解协议</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/mediation/errors.py" line="32"/>
        <source>已有当事人签署，协议条款不能再修改；如需变更，请登记当事人反悔后重新拟定</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/mediation/errors.py" line="33"/>
        <source>协议已由各方签署生效</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/mediation/errors.py" line="34"/>
        <source>协议已因当事人反悔而作废</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/mediation/errors.py" line="35"/>
        <source>协议尚未由各方签署生效</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/mediation/errors.py" line="36"/>
        <source>调解案件按其自身流程结案</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/mediation/errors.py" line="57"/>
        <source>调解协议</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/mediation/errors.py" line="58"/>
        <source>分期履行记录</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/mediation/errors.py" line="23"/>
        <source>请求调解侵权赔偿数额的，须选择本局认定侵权成立的裁决，或填写已作出的裁决书/判决书文号</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/mediation/errors.py" line="12"/>
        <source>调解协议须经每一方当事人（或其委托代理人）签名或者盖章方能生效，尚无签署人：%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/mediation/errors.py" line="14"/>
        <source>“%1”不是本案当事人，不能作为调解协议的签署人</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/mediation/errors.py" line="15"/>
        <source>所选代理人不是%1的委托代理人</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/mediation/errors.py" line="16"/>
        <source>%1 只能签署一次</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/mediation/errors.py" line="25"/>
        <source>须附上该裁决书/判决书的副本</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/mediation/errors.py" line="26"/>
        <source>所选案件不是认定侵权成立的裁决</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/mediation/errors.py" line="27"/>
        <source>临时保护期使用费纠纷须在专利授权后请求调解（请求日 %1）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/mediation/errors.py" line="37"/>
        <source>侵权赔偿数额调解须有认定侵权成立的裁决或判决</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/mediation/errors.py" line="38"/>
        <source>临时保护期使用费纠纷只能在专利授权后调解</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/mediation/errors.py" line="39"/>
        <source>尚未收到被请求人的意见陈述书</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/mediation/errors.py" line="40"/>
        <source>被请求人不同意调解，不能立案</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/mediation/errors.py" line="41"/>
        <source>被请求人同意调解，应当立案</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/mediation/errors.py" line="42"/>
        <source>意见陈述期限尚未届满</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/mediation/errors.py" line="43"/>
        <source>已登记过被请求人的意见陈述书</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/mediation/errors.py" line="44"/>
        <source>日期不能早于收到调解请求的日期</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/mediation/errors.py" line="45"/>
        <source>尚无各方签署生效的调解协议（见“调解”页）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/mediation/errors.py" line="46"/>
        <source>调解协议未经每一方当事人签署，不能据此结案；尚无签署人：%1（请重新拟定调解协议）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/mediation/errors.py" line="48"/>
        <source>结案日期不能早于调解协议生效日期</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/mediation/errors.py" line="49"/>
        <source>只适用于专利申请权、专利权权属纠纷</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/mediation/errors.py" line="50"/>
        <source>调解期限已经延长过一次</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/mediation/errors.py" line="51"/>
        <source>已登记抄送国家知识产权局</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/mediation/errors.py" line="52"/>
        <source>抄送日期不能早于结案日期</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/mediation/errors.py" line="53"/>
        <source>没有待审批的延长申请</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/mediation/errors.py" line="59"/>
        <source>调解案件</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/mediation/errors.py" line="60"/>
        <source>调解员</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/recusal/errors.py" line="7"/>
        <source>该人员不是本案合议组中相应身份的成员</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/recusal/errors.py" line="8"/>
        <source>不能晚于申请收到日期</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/recusal/errors.py" line="9"/>
        <source>对%1的回避申请尚待决定，不能重复申请</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/recusal/errors.py" line="10"/>
        <source>已超过申请回避的期限（知道名单之日起三个工作日，至 %1 届满；决定口审的，最迟在口审开始时提出；口审开始后才知道的事由，须在口审终结前提出）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/recusal/errors.py" line="13"/>
        <source>不能由被申请回避的人员本人接替</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/hearings/errors.py" line="13"/>
        <source>口审笔录已结束，不能再修改</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/hearings/errors.py" line="14"/>
        <source>请求人方无人到庭：请确认是否按撤回请求处理，或以休庭结束本次口审</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/hearings/errors.py" line="16"/>
        <source>请求人方已有人到庭，不能按撤回处理</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/recusal/errors.py" line="17"/>
        <source>回避申请</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/hearings/errors.py" line="23"/>
        <source>口审笔录</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>labels</name>
    <message>
        <location filename="../../ui/common/labels.py" line="39"/>
        <source>请求书已收到</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/common/labels.py" line="40"/>
        <location filename="../../ui/intake/labels.py" line="31"/>
        <source>补正中</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/common/labels.py" line="41"/>
        <source>已立案</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cases/labels.py" line="23"/>
        <location filename="../../ui/common/labels.py" line="42"/>
        <source>答辩期</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/common/labels.py" line="43"/>
        <source>调查取证</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/common/labels.py" line="44"/>
        <source>口审已排期</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/common/labels.py" line="45"/>
        <source>已口审</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/common/labels.py" line="46"/>
        <source>合议</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/common/labels.py" line="47"/>
        <source>结案审批</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cases/labels.py" line="38"/>
        <location filename="../../ui/common/labels.py" line="48"/>
        <location filename="../../ui/intake/labels.py" line="34"/>
        <location filename="../../ui/intake/labels.py" line="44"/>
        <location filename="../../ui/intake/labels.py" line="89"/>
        <location filename="../../ui/intake/labels.py" line="156"/>
        <location filename="../../ui/statistics/labels.py" line="17"/>
        <source>不予受理</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/common/labels.py" line="49"/>
        <source>裁决结案（侵权成立）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/common/labels.py" line="50"/>
        <source>裁决结案（驳回请求）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cases/labels.py" line="53"/>
        <location filename="../../ui/common/labels.py" line="51"/>
        <location filename="../../ui/statistics/labels.py" line="13"/>
        <source>调解结案</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cases/labels.py" line="54"/>
        <location filename="../../ui/common/labels.py" line="52"/>
        <location filename="../../ui/mediation/case_labels.py" line="27"/>
        <location filename="../../ui/mediation/case_labels.py" line="39"/>
        <source>撤销案件</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/common/labels.py" line="53"/>
        <source>已归档</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/common/labels.py" line="57"/>
        <source>发明</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/common/labels.py" line="58"/>
        <source>实用新型</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/common/labels.py" line="59"/>
        <source>外观设计</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/common/labels.py" line="63"/>
        <source>制造</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/common/labels.py" line="64"/>
        <source>使用</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/common/labels.py" line="65"/>
        <source>许诺销售</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/common/labels.py" line="66"/>
        <source>销售</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/common/labels.py" line="67"/>
        <source>进口</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/common/labels.py" line="71"/>
        <location filename="../../ui/common/labels.py" line="224"/>
        <location filename="../../ui/mediation/labels.py" line="29"/>
        <source>请求人</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/common/labels.py" line="72"/>
        <location filename="../../ui/common/labels.py" line="225"/>
        <location filename="../../ui/mediation/labels.py" line="30"/>
        <source>被请求人</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/common/labels.py" line="73"/>
        <source>第三人</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/common/labels.py" line="77"/>
        <source>自然人</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/common/labels.py" line="78"/>
        <source>法人</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/common/labels.py" line="79"/>
        <source>非法人组织</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/common/labels.py" line="80"/>
        <source>个体工商户</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/common/labels.py" line="86"/>
        <source>负责人</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/common/labels.py" line="87"/>
        <source>经营者</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/common/labels.py" line="91"/>
        <source>住址</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/common/labels.py" line="92"/>
        <location filename="../../ui/common/labels.py" line="93"/>
        <source>住所</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/common/labels.py" line="94"/>
        <source>经营场所</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/common/labels.py" line="98"/>
        <source>办案人员</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cases/labels.py" line="120"/>
        <location filename="../../ui/cases/labels.py" line="131"/>
        <location filename="../../ui/common/labels.py" line="99"/>
        <location filename="../../ui/common/labels.py" line="109"/>
        <location filename="../../ui/hearings/labels.py" line="20"/>
        <location filename="../../ui/hearings/record_labels.py" line="34"/>
        <location filename="../../ui/recusal/labels.py" line="19"/>
        <source>书记员</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/common/labels.py" line="100"/>
        <source>处(科)室负责人</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/common/labels.py" line="101"/>
        <source>部门负责人</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/common/labels.py" line="102"/>
        <source>管理员</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cases/labels.py" line="118"/>
        <location filename="../../ui/cases/labels.py" line="129"/>
        <location filename="../../ui/common/labels.py" line="107"/>
        <location filename="../../ui/hearings/labels.py" line="18"/>
        <location filename="../../ui/hearings/record_labels.py" line="32"/>
        <location filename="../../ui/recusal/labels.py" line="17"/>
        <source>合议组长</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cases/labels.py" line="119"/>
        <location filename="../../ui/cases/labels.py" line="130"/>
        <location filename="../../ui/common/labels.py" line="108"/>
        <location filename="../../ui/hearings/labels.py" line="19"/>
        <location filename="../../ui/hearings/record_labels.py" line="33"/>
        <location filename="../../ui/recusal/labels.py" line="18"/>
        <source>审理员</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cases/labels.py" line="121"/>
        <location filename="../../ui/cases/labels.py" line="132"/>
        <location filename="../../ui/common/labels.py" line="110"/>
        <location filename="../../ui/hearings/labels.py" line="21"/>
        <location filename="../../ui/hearings/record_labels.py" line="35"/>
        <location filename="../../ui/recusal/labels.py" line="20"/>
        <source>技术调查官</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/common/labels.py" line="114"/>
        <source>请求人撤回请求</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/common/labels.py" line="115"/>
        <source>请求人无正当理由拒不参加口审，按撤回处理</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/common/labels.py" line="116"/>
        <source>立案后发现不符合受理条件</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/common/labels.py" line="117"/>
        <source>当事人死亡或终止，无继承人或权利义务承受人</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/common/labels.py" line="118"/>
        <source>经释明仍不明确请求保护的权利要求</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/common/labels.py" line="119"/>
        <source>时效抗辩成立</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/common/labels.py" line="120"/>
        <source>管辖权异议成立，移送</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/common/labels.py" line="121"/>
        <source>当事人已向人民法院起诉</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/common/labels.py" line="122"/>
        <location filename="../../ui/common/labels.py" line="134"/>
        <location filename="../../ui/intake/labels.py" line="56"/>
        <location filename="../../ui/mediation/case_labels.py" line="51"/>
        <source>其他</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/common/labels.py" line="126"/>
        <source>请求人不是专利权人或利害关系人</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/common/labels.py" line="127"/>
        <source>没有明确的被请求人</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/common/labels.py" line="128"/>
        <source>没有明确的请求事项和具体事实、理由</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/common/labels.py" line="129"/>
        <source>不属于本机关受案和管辖范围</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/common/labels.py" line="130"/>
        <source>当事人已就该纠纷向人民法院起诉</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/common/labels.py" line="131"/>
        <source>无正当理由拒不提交专利权评价报告</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/common/labels.py" line="132"/>
        <source>拒不提交经公证认证的身份证明</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/common/labels.py" line="133"/>
        <source>逾期未补正或补正后仍不符合规定</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/common/labels.py" line="138"/>
        <source>实用新型或外观设计专利无效宣告请求已受理</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/common/labels.py" line="139"/>
        <source>一方当事人死亡，需等待继承人表明是否参加处理</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/common/labels.py" line="140"/>
        <source>一方当事人丧失行为能力，尚未确定法定代理人</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/common/labels.py" line="141"/>
        <source>一方当事人终止，尚未确定权利义务承受人</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/common/labels.py" line="142"/>
        <source>一方当事人因不可抗拒的事由不能参加处理</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/common/labels.py" line="143"/>
        <source>本案须以另一案的审理结果为依据</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/common/labels.py" line="144"/>
        <source>需请示上级机关答复</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/common/labels.py" line="148"/>
        <source>中止</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/common/labels.py" line="149"/>
        <source>公告</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/common/labels.py" line="150"/>
        <source>检验鉴定</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/common/labels.py" line="151"/>
        <source>管辖权异议</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/common/labels.py" line="152"/>
        <source>当事人申请延长举证期限</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/common/labels.py" line="153"/>
        <source>和解</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/common/labels.py" line="157"/>
        <source>侵权成立，责令停止侵权</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/common/labels.py" line="158"/>
        <source>驳回请求</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/common/labels.py" line="163"/>
        <source>直接送达</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/common/labels.py" line="164"/>
        <source>邮寄送达</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/common/labels.py" line="165"/>
        <source>留置送达</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/common/labels.py" line="166"/>
        <source>电子送达</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/common/labels.py" line="167"/>
        <source>公告送达</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/common/labels.py" line="171"/>
        <source>待审批</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/common/labels.py" line="172"/>
        <source>已批准</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/common/labels.py" line="173"/>
        <source>不予批准</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/common/labels.py" line="240"/>
        <location filename="../../ui/documents/labels.py" line="116"/>
        <location filename="../../ui/evidence/labels.py" line="27"/>
        <source>名称</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cases/labels.py" line="21"/>
        <source>立案审查期限</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cases/labels.py" line="22"/>
        <location filename="../../ui/cases/labels.py" line="40"/>
        <source>送达请求书副本</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cases/labels.py" line="24"/>
        <location filename="../../ui/cases/labels.py" line="43"/>
        <source>转送答辩书</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cases/labels.py" line="25"/>
        <source>回避申请期限</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cases/labels.py" line="26"/>
        <source>举证期限</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cases/labels.py" line="27"/>
        <source>结案期限</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cases/labels.py" line="28"/>
        <source>起诉期限</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cases/labels.py" line="29"/>
        <location filename="../../ui/cases/labels.py" line="85"/>
        <source>补正期限</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/common/labels.py" line="179"/>
        <source>进行中</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/common/labels.py" line="180"/>
        <source>已完成</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/common/labels.py" line="181"/>
        <source>不再适用</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/common/labels.py" line="182"/>
        <source>已届满</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/common/labels.py" line="186"/>
        <source>已逾期</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/common/labels.py" line="187"/>
        <source>即将到期</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/common/labels.py" line="188"/>
        <source>正常</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/common/labels.py" line="192"/>
        <source>个月</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/common/labels.py" line="193"/>
        <source>日</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/admin/labels.py" line="9"/>
        <source>管理员录入</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/admin/labels.py" line="10"/>
        <source>内置数据</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cases/labels.py" line="34"/>
        <source>补正通知</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cases/labels.py" line="35"/>
        <location filename="../../ui/intake/labels.py" line="93"/>
        <location filename="../../ui/intake/labels.py" line="160"/>
        <source>收到补正材料</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cases/labels.py" line="36"/>
        <location filename="../../ui/intake/labels.py" line="94"/>
        <location filename="../../ui/intake/labels.py" line="161"/>
        <source>延长立案审查期限</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cases/labels.py" line="37"/>
        <source>立案</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cases/labels.py" line="39"/>
        <source>送达受理通知书</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cases/labels.py" line="41"/>
        <source>收到答辩书</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cases/labels.py" line="42"/>
        <source>答辩期满</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cases/labels.py" line="44"/>
        <source>安排口头审理</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cases/labels.py" line="45"/>
        <source>变更口审时间</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cases/labels.py" line="46"/>
        <source>口头审理完毕</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cases/labels.py" line="47"/>
        <source>请求人拒不到庭</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cases/labels.py" line="48"/>
        <source>书面审理</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cases/labels.py" line="49"/>
        <source>进入合议</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cases/labels.py" line="50"/>
        <source>提交结案审批</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cases/labels.py" line="51"/>
        <source>裁决结案</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cases/labels.py" line="52"/>
        <source>退回合议</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cases/labels.py" line="55"/>
        <source>中止处理</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cases/labels.py" line="56"/>
        <source>不予中止</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cases/labels.py" line="57"/>
        <source>恢复处理</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cases/labels.py" line="58"/>
        <source>开始不计入期间</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cases/labels.py" line="59"/>
        <source>结束不计入期间</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cases/labels.py" line="60"/>
        <source>延长结案期限</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cases/labels.py" line="61"/>
        <source>送达裁决书</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cases/labels.py" line="62"/>
        <source>归档</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cases/labels.py" line="67"/>
        <source>登记请求书</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cases/labels.py" line="68"/>
        <source>修改请求信息</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cases/labels.py" line="69"/>
        <source>组成合议组</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cases/labels.py" line="70"/>
        <source>提交审批</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cases/labels.py" line="71"/>
        <source>审核意见</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cases/labels.py" line="72"/>
        <source>审批决定</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cases/labels.py" line="73"/>
        <source>期限重新计算</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cases/labels.py" line="74"/>
        <location filename="../../ui/intake/labels.py" line="97"/>
        <source>添加附件</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cases/labels.py" line="75"/>
        <source>装订案卷</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cases/labels.py" line="76"/>
        <source>报请更正当事人信息</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cases/labels.py" line="77"/>
        <source>更正当事人信息</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cases/labels.py" line="78"/>
        <source>当事人信息更正未获批准</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cases/labels.py" line="84"/>
        <source>需补正事项</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cases/labels.py" line="133"/>
        <source>更正前</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cases/labels.py" line="134"/>
        <source>更正后</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cases/labels.py" line="135"/>
        <source>更正事项</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/common/labels.py" line="204"/>
        <location filename="../../ui/evidence/labels.py" line="38"/>
        <location filename="../../ui/hearings/labels.py" line="74"/>
        <source>收到日期</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/common/labels.py" line="199"/>
        <location filename="../../ui/documents/labels.py" line="59"/>
        <location filename="../../ui/mediation/labels.py" line="84"/>
        <source>理由</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/common/labels.py" line="205"/>
        <source>立案日期</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cases/labels.py" line="86"/>
        <location filename="../../ui/documents/labels.py" line="57"/>
        <source>案情简介</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cases/labels.py" line="87"/>
        <source>不予受理理由</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/common/labels.py" line="207"/>
        <source>理由说明</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/common/labels.py" line="206"/>
        <location filename="../../ui/evidence/labels.py" line="51"/>
        <source>决定日期</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cases/labels.py" line="88"/>
        <source>送达日期</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/common/labels.py" line="208"/>
        <source>送达方式</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/common/labels.py" line="201"/>
        <location filename="../../ui/common/labels.py" line="202"/>
        <location filename="../../ui/hearings/labels.py" line="22"/>
        <source>当事人</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cases/labels.py" line="89"/>
        <source>转送日期</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cases/labels.py" line="90"/>
        <source>口审时间</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cases/labels.py" line="91"/>
        <source>口审地点</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cases/labels.py" line="92"/>
        <source>口审日期</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cases/labels.py" line="93"/>
        <source>被请求人缺席</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cases/labels.py" line="94"/>
        <source>已告知被请求人事实、理由和证据并给予陈述期间</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/common/labels.py" line="200"/>
        <location filename="../../ui/evidence/labels.py" line="32"/>
        <source>备注</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cases/labels.py" line="95"/>
        <source>合议结论</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cases/labels.py" line="96"/>
        <source>多数意见</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cases/labels.py" line="97"/>
        <location filename="../../ui/documents/labels.py" line="82"/>
        <source>不同意见</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cases/labels.py" line="98"/>
        <source>裁决日期</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cases/labels.py" line="99"/>
        <source>调解协议签署日期</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cases/labels.py" line="101"/>
        <source>调解协议内容</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cases/labels.py" line="102"/>
        <location filename="../../ui/mediation/case_labels.py" line="64"/>
        <source>撤销理由</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cases/labels.py" line="103"/>
        <location filename="../../ui/intake/labels.py" line="112"/>
        <source>移送机关</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cases/labels.py" line="104"/>
        <source>中止事由</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cases/labels.py" line="105"/>
        <source>开始日期</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cases/labels.py" line="106"/>
        <source>恢复日期</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cases/labels.py" line="107"/>
        <source>期间类型</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cases/labels.py" line="108"/>
        <source>结束日期</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cases/labels.py" line="109"/>
        <source>延长期限</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cases/labels.py" line="110"/>
        <location filename="../../ui/common/labels.py" line="236"/>
        <source>单位</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cases/labels.py" line="111"/>
        <source>上级部门批准文号</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/common/labels.py" line="210"/>
        <location filename="../../ui/common/labels.py" line="217"/>
        <location filename="../../ui/intake/labels.py" line="114"/>
        <source>专利号</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/common/labels.py" line="211"/>
        <location filename="../../ui/common/labels.py" line="218"/>
        <location filename="../../ui/intake/labels.py" line="68"/>
        <source>专利类型</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/common/labels.py" line="212"/>
        <location filename="../../ui/common/labels.py" line="219"/>
        <source>专利名称</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/common/labels.py" line="213"/>
        <location filename="../../ui/common/labels.py" line="220"/>
        <source>专利权人</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/common/labels.py" line="214"/>
        <location filename="../../ui/common/labels.py" line="221"/>
        <source>申请日</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/common/labels.py" line="215"/>
        <location filename="../../ui/common/labels.py" line="222"/>
        <source>授权公告日</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/common/labels.py" line="216"/>
        <source>专利</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/common/labels.py" line="226"/>
        <source>名称/姓名</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/common/labels.py" line="227"/>
        <source>主体类型</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/common/labels.py" line="228"/>
        <source>统一社会信用代码</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/common/labels.py" line="229"/>
        <source>身份证号</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/common/labels.py" line="85"/>
        <location filename="../../ui/common/labels.py" line="230"/>
        <source>法定代表人</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/common/labels.py" line="103"/>
        <source>审计员</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/common/labels.py" line="231"/>
        <source>职务</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/common/labels.py" line="232"/>
        <source>地址</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/common/labels.py" line="233"/>
        <source>电话</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/common/labels.py" line="234"/>
        <source>在中国境内无住所</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/common/labels.py" line="235"/>
        <location filename="../../ui/hearings/labels.py" line="23"/>
        <location filename="../../ui/hearings/record_labels.py" line="38"/>
        <source>委托代理人</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cases/labels.py" line="112"/>
        <source>请求保护的权利要求</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cases/labels.py" line="113"/>
        <source>被控侵权产品</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cases/labels.py" line="114"/>
        <source>侵权行为</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cases/labels.py" line="115"/>
        <source>请求事项</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cases/labels.py" line="116"/>
        <location filename="../../ui/intake/labels.py" line="115"/>
        <source>承办人</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cases/labels.py" line="117"/>
        <location filename="../../ui/hearings/record_labels.py" line="24"/>
        <source>合议组</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/admin/labels.py" line="16"/>
        <source>用户名</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/admin/labels.py" line="17"/>
        <source>姓名</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/common/labels.py" line="242"/>
        <source>角色</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/admin/labels.py" line="11"/>
        <source>暂定（按放假办法推算）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/admin/labels.py" line="18"/>
        <source>密码</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/admin/labels.py" line="19"/>
        <source>机关简称</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/admin/labels.py" line="20"/>
        <source>案号格式</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/admin/labels.py" line="21"/>
        <source>邮编</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/admin/labels.py" line="22"/>
        <source>上级部门</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/admin/labels.py" line="26"/>
        <source>原密码</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/admin/labels.py" line="27"/>
        <source>新密码</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/admin/labels.py" line="28"/>
        <source>密码最短长度</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/admin/labels.py" line="29"/>
        <source>须含字母和数字</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/admin/labels.py" line="30"/>
        <source>不得与用户名相同</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/admin/labels.py" line="31"/>
        <source>密码有效期（天）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/admin/labels.py" line="32"/>
        <source>锁定前允许输错次数</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/admin/labels.py" line="33"/>
        <source>首次锁定时长（分钟）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/admin/labels.py" line="34"/>
        <source>无操作自动锁屏（分钟）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cases/labels.py" line="122"/>
        <source>意见</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/common/labels.py" line="238"/>
        <location filename="../../ui/hearings/labels.py" line="73"/>
        <source>日期</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/admin/labels.py" line="23"/>
        <source>年份</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/common/labels.py" line="239"/>
        <location filename="../../ui/evidence/labels.py" line="42"/>
        <source>文件</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/admin/labels.py" line="24"/>
        <source>启用</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/common/labels.py" line="241"/>
        <source>用户</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cases/labels.py" line="123"/>
        <source>审批事项</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cases/labels.py" line="124"/>
        <source>是否批准</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cases/labels.py" line="125"/>
        <location filename="../../ui/mediation/labels.py" line="91"/>
        <source>事项</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cases/labels.py" line="126"/>
        <source>内容</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/common/labels.py" line="243"/>
        <source>案号</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cases/labels.py" line="127"/>
        <source>问题</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cases/labels.py" line="128"/>
        <source>延长次数</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/documents/labels.py" line="13"/>
        <source>补正通知书</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/documents/labels.py" line="14"/>
        <source>提交专利权评价报告通知书</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/documents/labels.py" line="15"/>
        <source>立案审批表</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/documents/labels.py" line="16"/>
        <source>受理通知书</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/documents/labels.py" line="17"/>
        <source>不予受理通知书</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/documents/labels.py" line="18"/>
        <source>答辩通知书</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/documents/labels.py" line="19"/>
        <source>送达回证</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/documents/labels.py" line="20"/>
        <source>调查通知书</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/documents/labels.py" line="21"/>
        <location filename="../../ui/evidence/labels.py" line="10"/>
        <source>调查笔录</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/documents/labels.py" line="22"/>
        <location filename="../../ui/evidence/labels.py" line="11"/>
        <source>现场检查（勘验）笔录</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/documents/labels.py" line="23"/>
        <source>证据登记保存决定书</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/documents/labels.py" line="24"/>
        <source>技术鉴定委托书</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/documents/labels.py" line="25"/>
        <source>回避申请决定书</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/documents/labels.py" line="26"/>
        <source>中止处理通知书</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/documents/labels.py" line="27"/>
        <source>不予中止处理通知书</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/documents/labels.py" line="28"/>
        <source>恢复处理通知书</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/documents/labels.py" line="29"/>
        <source>延长期限审批表</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/documents/labels.py" line="30"/>
        <source>口头审理通知书</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/documents/labels.py" line="31"/>
        <source>口头审理笔录</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/documents/labels.py" line="32"/>
        <source>合议笔录</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/documents/labels.py" line="33"/>
        <source>结案审批表</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/documents/labels.py" line="34"/>
        <source>行政裁决书</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/documents/labels.py" line="35"/>
        <source>调解协议书</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/documents/labels.py" line="36"/>
        <source>撤销案件决定书</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/documents/labels.py" line="37"/>
        <source>案件移送函</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/documents/labels.py" line="38"/>
        <source>转交函</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/documents/labels.py" line="39"/>
        <source>行政裁决修改更正通知书</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/documents/labels.py" line="40"/>
        <source>催告书</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/documents/labels.py" line="41"/>
        <source>强制执行申请书</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/documents/labels.py" line="43"/>
        <source>证据材料清单</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/documents/labels.py" line="44"/>
        <source>抽样取证决定书</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/documents/labels.py" line="45"/>
        <source>解除登记保存决定书</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/documents/labels.py" line="47"/>
        <source>陈述意见通知书</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/documents/labels.py" line="48"/>
        <source>不予受理调解请求通知书</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/documents/labels.py" line="49"/>
        <source>调解通知书</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/documents/labels.py" line="50"/>
        <source>撤销案件通知书</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/documents/labels.py" line="51"/>
        <source>专利纠纷调解协议书</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/documents/labels.py" line="55"/>
        <source>需补正的全部事项</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/documents/labels.py" line="56"/>
        <source>提交期限（日）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/documents/labels.py" line="58"/>
        <source>承办人意见</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/documents/labels.py" line="60"/>
        <source>调查事项</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/documents/labels.py" line="61"/>
        <source>接受调查的时间和地点</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/documents/labels.py" line="62"/>
        <source>需携带或提交的材料</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/documents/labels.py" line="63"/>
        <source>被调查人（姓名、单位、职务、联系方式）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/documents/labels.py" line="64"/>
        <source>调查/检查人员</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/documents/labels.py" line="65"/>
        <location filename="../../ui/evidence/labels.py" line="47"/>
        <location filename="../../ui/mediation/labels.py" line="64"/>
        <source>地点</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/documents/labels.py" line="66"/>
        <source>起止时间</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/documents/labels.py" line="67"/>
        <source>记录</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/documents/labels.py" line="68"/>
        <source>当事人（姓名、身份证件号码、单位、地址、电话）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/documents/labels.py" line="69"/>
        <location filename="../../ui/evidence/labels.py" line="37"/>
        <source>见证人</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/documents/labels.py" line="70"/>
        <location filename="../../ui/evidence/labels.py" line="49"/>
        <source>告知情况</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/documents/labels.py" line="71"/>
        <source>检查情况</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/documents/labels.py" line="72"/>
        <location filename="../../ui/evidence/labels.py" line="52"/>
        <source>登记保存起始时间</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/documents/labels.py" line="73"/>
        <source>物品清单（每行一项）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/documents/labels.py" line="74"/>
        <location filename="../../ui/evidence/labels.py" line="56"/>
        <source>鉴定机构</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/documents/labels.py" line="75"/>
        <source>出具鉴定意见的期限</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/documents/labels.py" line="76"/>
        <source>被申请回避的人员</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/documents/labels.py" line="77"/>
        <source>申请理由</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/documents/labels.py" line="78"/>
        <source>决定</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/documents/labels.py" line="79"/>
        <source>延长理由</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/documents/labels.py" line="80"/>
        <source>需携带的材料</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/documents/labels.py" line="81"/>
        <location filename="../../ui/hearings/labels.py" line="92"/>
        <source>到庭人员</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/documents/labels.py" line="83"/>
        <source>合议组意见</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/documents/labels.py" line="84"/>
        <source>请求人称</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/documents/labels.py" line="85"/>
        <source>被请求人辩称</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/documents/labels.py" line="86"/>
        <source>证据及质证情况</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/documents/labels.py" line="87"/>
        <source>经审理查明</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/documents/labels.py" line="88"/>
        <source>本局认为</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/documents/labels.py" line="89"/>
        <source>裁决主文</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/documents/labels.py" line="90"/>
        <location filename="../../ui/mediation/labels.py" line="76"/>
        <source>费用负担</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/documents/labels.py" line="91"/>
        <location filename="../../ui/mediation/labels.py" line="93"/>
        <source>调解经过</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/documents/labels.py" line="92"/>
        <source>协议条款</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/documents/labels.py" line="93"/>
        <source>受移送机关</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/documents/labels.py" line="94"/>
        <source>更正内容</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/documents/labels.py" line="95"/>
        <source>未履行的义务</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/documents/labels.py" line="96"/>
        <source>人民法院</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/documents/labels.py" line="97"/>
        <location filename="../../ui/intake/labels.py" line="116"/>
        <location filename="../../ui/intake/labels.py" line="117"/>
        <location filename="../../ui/intake/labels.py" line="151"/>
        <source>附件</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/documents/labels.py" line="98"/>
        <source>审查意见</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/documents/labels.py" line="100"/>
        <source>递交人</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/documents/labels.py" line="101"/>
        <source>清单（每行一项，各栏以制表符分隔）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/documents/labels.py" line="102"/>
        <source>接收人</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/documents/labels.py" line="103"/>
        <source>登记保存日期</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/documents/labels.py" line="104"/>
        <source>解除理由</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/documents/labels.py" line="106"/>
        <location filename="../../ui/mediation/case_labels.py" line="81"/>
        <source>受送达人</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/documents/labels.py" line="107"/>
        <source>所涉文书</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/documents/labels.py" line="108"/>
        <source>签发人</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/documents/labels.py" line="109"/>
        <source>发出日期</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/documents/labels.py" line="110"/>
        <source>签收日期</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/documents/labels.py" line="111"/>
        <source>邮件单号</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/documents/labels.py" line="112"/>
        <source>拒收情况（见证人等）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/documents/labels.py" line="113"/>
        <source>受送达单位</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/documents/labels.py" line="114"/>
        <source>回证扫描件</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/documents/labels.py" line="115"/>
        <source>公告送达视为送达的期间（日）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/documents/labels.py" line="117"/>
        <source>同意日期</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/documents/labels.py" line="118"/>
        <source>更正的文书</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/documents/labels.py" line="119"/>
        <source>案件</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/documents/labels.py" line="124"/>
        <source>签发文书</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/documents/labels.py" line="125"/>
        <source>登记送达</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/documents/labels.py" line="126"/>
        <source>同意电子送达</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/documents/labels.py" line="127"/>
        <source>撤回电子送达同意</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/documents/labels.py" line="131"/>
        <location filename="../../ui/mediation/case_labels.py" line="82"/>
        <source>文书</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/documents/labels.py" line="132"/>
        <source>文号</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/documents/labels.py" line="133"/>
        <source>更正</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/documents/labels.py" line="134"/>
        <source>视为送达日期</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/documents/labels.py" line="135"/>
        <location filename="../../ui/evidence/labels.py" line="40"/>
        <source>页数</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/evidence/labels.py" line="14"/>
        <location filename="../../ui/evidence/labels.py" line="94"/>
        <source>抽样取证</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/evidence/labels.py" line="15"/>
        <location filename="../../ui/evidence/labels.py" line="95"/>
        <source>证据登记保存</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/evidence/labels.py" line="18"/>
        <source>解除登记保存</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/evidence/labels.py" line="19"/>
        <source>其他处理决定</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/evidence/labels.py" line="22"/>
        <source>待认定</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/evidence/labels.py" line="23"/>
        <source>采信</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/evidence/labels.py" line="24"/>
        <source>不予采信</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/evidence/labels.py" line="28"/>
        <source>规格型号</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/evidence/labels.py" line="29"/>
        <source>数量</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/evidence/labels.py" line="30"/>
        <source>单价</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/evidence/labels.py" line="31"/>
        <source>保存地点</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/evidence/labels.py" line="39"/>
        <source>所要说明的事实</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/evidence/labels.py" line="41"/>
        <source>原件</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/evidence/labels.py" line="43"/>
        <source>认定理由</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/evidence/labels.py" line="44"/>
        <source>执法人员</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/evidence/labels.py" line="45"/>
        <location filename="../../ui/hearings/labels.py" line="71"/>
        <source>开始时间</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/evidence/labels.py" line="46"/>
        <source>结束时间</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/evidence/labels.py" line="48"/>
        <source>被调查人/当事人</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/evidence/labels.py" line="50"/>
        <source>记录内容</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/evidence/labels.py" line="53"/>
        <source>物品清单</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/evidence/labels.py" line="54"/>
        <source>处理决定</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/evidence/labels.py" line="55"/>
        <source>处理说明</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/evidence/labels.py" line="57"/>
        <source>鉴定事项</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/evidence/labels.py" line="58"/>
        <source>鉴定材料</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/evidence/labels.py" line="59"/>
        <source>委托日期</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/evidence/labels.py" line="60"/>
        <source>要求出具意见日期</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/evidence/labels.py" line="61"/>
        <source>收到鉴定意见日期</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/evidence/labels.py" line="62"/>
        <source>鉴定结论</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/evidence/labels.py" line="63"/>
        <source>提交日期</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/evidence/labels.py" line="64"/>
        <source>技术调查意见</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/evidence/labels.py" line="65"/>
        <location filename="../../ui/mediation/labels.py" line="86"/>
        <location filename="../../ui/mediation/labels.py" line="95"/>
        <source>申请日期</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/evidence/labels.py" line="66"/>
        <source>延长天数</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/evidence/labels.py" line="72"/>
        <location filename="../../ui/evidence/labels.py" line="81"/>
        <location filename="../../ui/evidence/labels.py" line="96"/>
        <source>登记保存处理决定</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/evidence/labels.py" line="75"/>
        <location filename="../../ui/evidence/labels.py" line="88"/>
        <source>登记证据</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/evidence/labels.py" line="76"/>
        <location filename="../../ui/evidence/labels.py" line="89"/>
        <source>修改证据</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/evidence/labels.py" line="77"/>
        <location filename="../../ui/evidence/labels.py" line="90"/>
        <source>校验证据文件</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/evidence/labels.py" line="78"/>
        <location filename="../../ui/evidence/labels.py" line="91"/>
        <source>认定证据</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/evidence/labels.py" line="79"/>
        <source>制作调查/检查笔录</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/evidence/labels.py" line="80"/>
        <source>抽样取证/登记保存</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/evidence/labels.py" line="82"/>
        <location filename="../../ui/evidence/labels.py" line="97"/>
        <source>委托技术鉴定</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/evidence/labels.py" line="83"/>
        <location filename="../../ui/evidence/labels.py" line="98"/>
        <source>收到鉴定意见</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/evidence/labels.py" line="84"/>
        <source>登记技术调查意见</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/evidence/labels.py" line="85"/>
        <location filename="../../ui/evidence/labels.py" line="100"/>
        <source>延长举证期限</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/evidence/labels.py" line="92"/>
        <source>制作调查笔录</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/evidence/labels.py" line="93"/>
        <source>现场检查（勘验）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/evidence/labels.py" line="99"/>
        <source>技术调查官提交意见</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/hearings/labels.py" line="12"/>
        <source>已排期</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/hearings/labels.py" line="13"/>
        <source>已审结</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/hearings/labels.py" line="14"/>
        <source>休庭待续</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/hearings/labels.py" line="27"/>
        <source>待合议组决定</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/hearings/labels.py" line="28"/>
        <location filename="../../ui/hearings/labels.py" line="87"/>
        <source>准予延期</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/hearings/labels.py" line="29"/>
        <source>不予延期</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/hearings/labels.py" line="33"/>
        <source>不能安排</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/hearings/labels.py" line="34"/>
        <source>警示</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/hearings/labels.py" line="35"/>
        <source>提示</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/hearings/labels.py" line="40"/>
        <source>结束时间须晚于开始时间</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/hearings/labels.py" line="41"/>
        <source>口审日期 %date% 已过</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/hearings/labels.py" line="42"/>
        <source>须选择口审庭（线上口审可不选）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/hearings/labels.py" line="43"/>
        <source>%room% 已停用</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/hearings/labels.py" line="44"/>
        <source>%room% 不具备线上口审条件</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/hearings/labels.py" line="45"/>
        <source>%room% 只有 %seats% 个座位，参加人员 %people% 人</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/hearings/labels.py" line="46"/>
        <source>%room% 在 %starts_at%–%ends_at% 已安排 %case_number% 的口审</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/hearings/labels.py" line="47"/>
        <source>%kind%%name% 在 %starts_at%–%ends_at% 参加 %case_number% 的口审</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/hearings/labels.py" line="48"/>
        <source>当事人%name% 在 %starts_at%–%ends_at% 参加 %case_number% 的口审</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/hearings/labels.py" line="49"/>
        <source>代理人%name% 在 %starts_at%–%ends_at% 参加 %case_number% 的口审</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/hearings/labels.py" line="50"/>
        <source>%date% 不是工作日 %holiday%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/hearings/labels.py" line="51"/>
        <source>%party% %served_on% 收到通知，距口审只有 %between% 个工作日（应不少于 %working_days% 个，最迟 %latest% 送达）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/hearings/labels.py" line="53"/>
        <source>向%party%送达口审通知最迟应在 %latest%，已来不及（须提前 %working_days% 个工作日）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/hearings/labels.py" line="55"/>
        <source>口头审理通知书最迟于 %latest% 送达%party%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/hearings/labels.py" line="56"/>
        <source>公开审理的公告于 %served_on% 发布，距口审只有 %between% 个工作日（应不少于 %working_days% 个）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/hearings/labels.py" line="58"/>
        <source>公开审理应于 %latest% 前公告，已来不及</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/hearings/labels.py" line="59"/>
        <source>公开审理的公告最迟于 %latest% 发布</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/hearings/labels.py" line="63"/>
        <source>回执逾期未回</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/hearings/labels.py" line="64"/>
        <source>延期申请待决定</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/hearings/labels.py" line="68"/>
        <source>口审庭</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/hearings/labels.py" line="69"/>
        <source>线上平台及链接</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/hearings/labels.py" line="70"/>
        <source>参加人员</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/hearings/labels.py" line="72"/>
        <source>续行的口审</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/hearings/labels.py" line="75"/>
        <location filename="../../ui/recusal/labels.py" line="68"/>
        <source>决定理由</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/hearings/labels.py" line="76"/>
        <source>延期申请</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/hearings/labels.py" line="77"/>
        <source>座位数</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/hearings/labels.py" line="78"/>
        <source>公开审理公告提前工作日</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/hearings/labels.py" line="79"/>
        <source>回执期限（日）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/hearings/labels.py" line="80"/>
        <source>延期申请须提前（日）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/hearings/labels.py" line="81"/>
        <source>口审默认时长（分钟）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/hearings/labels.py" line="82"/>
        <source>原定安排</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/hearings/labels.py" line="83"/>
        <source>变更通知书</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/hearings/labels.py" line="84"/>
        <source>已确认的警示</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/hearings/labels.py" line="85"/>
        <source>确认警示的理由</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/hearings/labels.py" line="86"/>
        <source>是否参加</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/hearings/labels.py" line="88"/>
        <source>逾期提出</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/hearings/labels.py" line="99"/>
        <source>口审庭座位不足</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/hearings/labels.py" line="100"/>
        <source>当事人同时段另有口审</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/hearings/labels.py" line="101"/>
        <source>代理人同时段另有口审</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/hearings/labels.py" line="102"/>
        <source>口审通知提前不足</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/hearings/labels.py" line="103"/>
        <source>口审通知来不及提前送达</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/hearings/labels.py" line="104"/>
        <source>公开审理公告提前不足</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/hearings/labels.py" line="105"/>
        <source>公开审理公告来不及</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/hearings/labels.py" line="118"/>
        <source>确认口审安排警示</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/hearings/labels.py" line="119"/>
        <source>变更口审安排</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/hearings/labels.py" line="120"/>
        <source>口审休庭</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/hearings/labels.py" line="121"/>
        <source>口审审结</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/hearings/labels.py" line="122"/>
        <source>登记口审回执</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/hearings/labels.py" line="123"/>
        <source>收到延期口审申请</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/hearings/labels.py" line="124"/>
        <source>决定延期口审申请</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/hearings/record_labels.py" line="41"/>
        <location filename="../../ui/recusal/labels.py" line="21"/>
        <source>鉴定人</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/hearings/record_labels.py" line="40"/>
        <location filename="../../ui/recusal/labels.py" line="22"/>
        <source>翻译人员</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/hearings/record_labels.py" line="10"/>
        <source>开庭、核对身份</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/hearings/record_labels.py" line="11"/>
        <source>告知权利义务</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/hearings/record_labels.py" line="12"/>
        <source>宣布合议组、询问回避</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/hearings/record_labels.py" line="13"/>
        <source>请求人陈述</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/hearings/record_labels.py" line="14"/>
        <source>被请求人答辩</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/hearings/labels.py" line="93"/>
        <location filename="../../ui/hearings/record_labels.py" line="15"/>
        <source>质证</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/hearings/labels.py" line="94"/>
        <location filename="../../ui/hearings/record_labels.py" line="16"/>
        <source>技术特征比对</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/hearings/record_labels.py" line="17"/>
        <source>争议焦点</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/hearings/record_labels.py" line="18"/>
        <source>辩论</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/hearings/record_labels.py" line="19"/>
        <source>最后陈述</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/hearings/record_labels.py" line="20"/>
        <source>调解意愿</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/hearings/record_labels.py" line="25"/>
        <source>请求人方</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/hearings/record_labels.py" line="26"/>
        <source>被请求人方</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/hearings/record_labels.py" line="27"/>
        <source>第三人方</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/hearings/record_labels.py" line="28"/>
        <source>其他参加人</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/hearings/record_labels.py" line="36"/>
        <source>当事人本人</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/hearings/record_labels.py" line="37"/>
        <source>法定代表人/负责人</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/hearings/record_labels.py" line="39"/>
        <source>证人</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/hearings/record_labels.py" line="45"/>
        <location filename="../../ui/hearings/record_labels.py" line="52"/>
        <source>—</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/hearings/record_labels.py" line="46"/>
        <source>认可</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/hearings/record_labels.py" line="47"/>
        <source>不认可</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/hearings/record_labels.py" line="48"/>
        <source>不发表意见</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/hearings/record_labels.py" line="53"/>
        <source>相同</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/hearings/record_labels.py" line="54"/>
        <source>等同</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/hearings/record_labels.py" line="55"/>
        <source>不同</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/hearings/record_labels.py" line="59"/>
        <source>记录中</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/hearings/record_labels.py" line="60"/>
        <source>口审完毕</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/hearings/record_labels.py" line="61"/>
        <source>休庭</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/hearings/record_labels.py" line="62"/>
        <source>请求人未到庭，按撤回处理（待审批）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/hearings/labels.py" line="112"/>
        <source>制作口审笔录</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/hearings/labels.py" line="113"/>
        <source>保存口审笔录</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/hearings/labels.py" line="114"/>
        <source>结束口审笔录</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/hearings/labels.py" line="125"/>
        <source>开始口审笔录</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/hearings/labels.py" line="90"/>
        <source>口审次数</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/hearings/labels.py" line="91"/>
        <source>笔录内容</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/hearings/labels.py" line="95"/>
        <source>比对结论</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/intake/labels.py" line="12"/>
        <source>处理请求</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/intake/labels.py" line="13"/>
        <source>调解请求</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/intake/labels.py" line="14"/>
        <source>侵权投诉举报</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/intake/labels.py" line="15"/>
        <source>假冒专利投诉举报</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/intake/labels.py" line="16"/>
        <source>咨询</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/intake/labels.py" line="20"/>
        <source>窗口来访</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/intake/labels.py" line="21"/>
        <source>信函</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/intake/labels.py" line="22"/>
        <source>12330热线</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/intake/labels.py" line="23"/>
        <source>网上平台</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/intake/labels.py" line="24"/>
        <source>电商平台通知</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/intake/labels.py" line="25"/>
        <source>展会现场</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/intake/labels.py" line="26"/>
        <location filename="../../ui/statistics/labels.py" line="16"/>
        <source>移送</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/intake/labels.py" line="30"/>
        <source>待处理</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/intake/labels.py" line="32"/>
        <source>已登记为裁决案件</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/intake/labels.py" line="33"/>
        <source>已登记为调解案件</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/intake/labels.py" line="35"/>
        <source>已转交</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/intake/labels.py" line="36"/>
        <source>已移交执法</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/intake/labels.py" line="37"/>
        <source>已办结</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/intake/labels.py" line="41"/>
        <location filename="../../ui/intake/labels.py" line="86"/>
        <location filename="../../ui/intake/labels.py" line="153"/>
        <source>登记为行政裁决案件</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/intake/labels.py" line="42"/>
        <location filename="../../ui/intake/labels.py" line="87"/>
        <location filename="../../ui/intake/labels.py" line="154"/>
        <source>登记为调解案件</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/intake/labels.py" line="43"/>
        <source>一次性告知补正</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/intake/labels.py" line="45"/>
        <location filename="../../ui/intake/labels.py" line="90"/>
        <location filename="../../ui/intake/labels.py" line="157"/>
        <source>转交有权机关</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/intake/labels.py" line="46"/>
        <source>作为假冒专利线索移交执法</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/intake/labels.py" line="47"/>
        <location filename="../../ui/intake/labels.py" line="92"/>
        <location filename="../../ui/intake/labels.py" line="159"/>
        <source>办结</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/intake/labels.py" line="51"/>
        <source>咨询已答复</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/intake/labels.py" line="52"/>
        <source>来件人撤回</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/intake/labels.py" line="53"/>
        <source>重复登记，已并入他件</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/intake/labels.py" line="54"/>
        <source>无法联系来件人</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/intake/labels.py" line="55"/>
        <source>不属于专利事项</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/intake/labels.py" line="60"/>
        <source>简案快办</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/intake/labels.py" line="61"/>
        <source>普通程序</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/intake/labels.py" line="62"/>
        <source>繁案精办</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/intake/labels.py" line="66"/>
        <location filename="../../ui/intake/labels.py" line="103"/>
        <location filename="../../ui/intake/labels.py" line="105"/>
        <source>事项类型</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/intake/labels.py" line="67"/>
        <location filename="../../ui/intake/labels.py" line="104"/>
        <location filename="../../ui/intake/labels.py" line="106"/>
        <source>来源渠道</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/intake/labels.py" line="69"/>
        <source>已提交专利权评价报告</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/intake/labels.py" line="70"/>
        <source>被请求人数</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/intake/labels.py" line="71"/>
        <source>发现场合</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/intake/labels.py" line="72"/>
        <source>涉外或涉港澳台</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/intake/labels.py" line="73"/>
        <source>重复侵权</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/intake/labels.py" line="77"/>
        <source>展会</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/intake/labels.py" line="78"/>
        <source>电商平台</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/intake/labels.py" line="79"/>
        <source>线下其他</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/intake/labels.py" line="83"/>
        <location filename="../../ui/intake/labels.py" line="149"/>
        <source>收案登记</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/intake/labels.py" line="84"/>
        <location filename="../../ui/intake/labels.py" line="150"/>
        <source>修改登记信息</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/intake/labels.py" line="85"/>
        <source>确定程序（繁简分流）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/intake/labels.py" line="88"/>
        <location filename="../../ui/intake/labels.py" line="155"/>
        <source>告知补正</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/intake/labels.py" line="91"/>
        <location filename="../../ui/intake/labels.py" line="158"/>
        <source>移交执法</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/intake/labels.py" line="95"/>
        <source>收到正式请求书，转为处理请求</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/intake/labels.py" line="96"/>
        <location filename="../../ui/intake/labels.py" line="163"/>
        <source>告知举报人</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/intake/labels.py" line="98"/>
        <source>删除附件</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/intake/labels.py" line="102"/>
        <source>收案编号</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/intake/labels.py" line="107"/>
        <source>收到时间</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/intake/labels.py" line="108"/>
        <source>匿名</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/intake/labels.py" line="109"/>
        <source>来件人</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/intake/labels.py" line="110"/>
        <source>来件人统一社会信用代码</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/intake/labels.py" line="111"/>
        <source>联系电话</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/intake/labels.py" line="113"/>
        <source>被投诉举报对象/被请求人</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/intake/labels.py" line="118"/>
        <source>程序（繁简分流）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/intake/labels.py" line="119"/>
        <source>改变程序的理由</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/intake/labels.py" line="120"/>
        <source>规则建议</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/intake/labels.py" line="121"/>
        <source>所依规则</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/intake/labels.py" line="122"/>
        <source>改变了建议</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/intake/labels.py" line="123"/>
        <source>接收机关/部门</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/intake/labels.py" line="124"/>
        <source>转交函文号</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/intake/labels.py" line="125"/>
        <source>办结理由</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/intake/labels.py" line="126"/>
        <source>告知日期</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/intake/labels.py" line="127"/>
        <source>告知方式</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/intake/labels.py" line="128"/>
        <source>收到请求书日期</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/intake/labels.py" line="129"/>
        <source>逾期补正</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/intake/labels.py" line="130"/>
        <source>分流规则</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/intake/labels.py" line="131"/>
        <source>条件</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/intake/labels.py" line="132"/>
        <source>事实</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/intake/labels.py" line="133"/>
        <source>取值</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/intake/labels.py" line="140"/>
        <source>收案审查期限</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/intake/labels.py" line="141"/>
        <source>投诉受理期限</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/intake/labels.py" line="142"/>
        <source>假冒专利举报立案期限</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/intake/labels.py" line="143"/>
        <source>告知实名举报人</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/intake/labels.py" line="144"/>
        <source>收案补正期限</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/intake/labels.py" line="152"/>
        <source>确定程序</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/intake/labels.py" line="162"/>
        <source>转为处理请求</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/intake/labels.py" line="164"/>
        <source>修改分流规则</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/mediation/case_labels.py" line="13"/>
        <source>侵权赔偿数额</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/mediation/case_labels.py" line="14"/>
        <source>专利申请权/专利权权属</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/mediation/case_labels.py" line="15"/>
        <source>发明人、设计人资格</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/mediation/case_labels.py" line="16"/>
        <source>职务发明奖励和报酬</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/mediation/case_labels.py" line="17"/>
        <source>临时保护期使用费</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/mediation/case_labels.py" line="18"/>
        <source>其他专利纠纷</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/mediation/case_labels.py" line="22"/>
        <source>调解请求已收到</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/mediation/case_labels.py" line="23"/>
        <source>等待意见陈述</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/mediation/case_labels.py" line="24"/>
        <source>已立案调解中</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/mediation/case_labels.py" line="25"/>
        <location filename="../../ui/mediation/case_labels.py" line="34"/>
        <source>不予立案</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/mediation/case_labels.py" line="26"/>
        <location filename="../../ui/mediation/case_labels.py" line="38"/>
        <source>达成协议结案</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/mediation/case_labels.py" line="31"/>
        <location filename="../../ui/mediation/case_labels.py" line="89"/>
        <source>送达陈述意见通知书</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/mediation/case_labels.py" line="32"/>
        <source>收到意见陈述书</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/mediation/case_labels.py" line="33"/>
        <source>立案并通知调解</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/mediation/case_labels.py" line="35"/>
        <source>变更调解时间地点</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/mediation/case_labels.py" line="36"/>
        <source>请求人未到场（视为撤回）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/mediation/case_labels.py" line="37"/>
        <source>被请求人未到场（撤销案件）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/mediation/case_labels.py" line="40"/>
        <location filename="../../ui/mediation/case_labels.py" line="112"/>
        <source>申请延长调解期限</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/mediation/case_labels.py" line="41"/>
        <source>登记抄送国家知识产权局</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/mediation/case_labels.py" line="45"/>
        <source>未能达成调解协议</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/mediation/case_labels.py" line="46"/>
        <source>请求人撤回调解请求</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/mediation/case_labels.py" line="47"/>
        <source>请求人无正当理由不参加调解，视为撤回</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/mediation/case_labels.py" line="48"/>
        <source>被请求人无正当理由不参加调解</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/mediation/case_labels.py" line="49"/>
        <source>被请求人不同意调解</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/mediation/case_labels.py" line="50"/>
        <source>被请求人逾期未陈述意见</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/mediation/case_labels.py" line="55"/>
        <source>未申请</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/mediation/case_labels.py" line="56"/>
        <source>待部门负责人审批</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/mediation/case_labels.py" line="57"/>
        <source>已批准延长1个月</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/mediation/case_labels.py" line="58"/>
        <source>未批准</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/mediation/case_labels.py" line="62"/>
        <location filename="../../ui/mediation/case_labels.py" line="76"/>
        <source>调解事项类别</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/mediation/case_labels.py" line="63"/>
        <source>请求调解的事项</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/mediation/case_labels.py" line="65"/>
        <source>事实和理由</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/mediation/case_labels.py" line="66"/>
        <source>请求金额</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/mediation/case_labels.py" line="67"/>
        <source>被请求人收到日期</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/mediation/case_labels.py" line="68"/>
        <source>被请求人同意调解</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/mediation/case_labels.py" line="69"/>
        <source>调解时间</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/mediation/case_labels.py" line="70"/>
        <source>结案日期</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/mediation/case_labels.py" line="71"/>
        <source>抄送日期</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/mediation/case_labels.py" line="72"/>
        <source>认定侵权的裁决（本局）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/mediation/case_labels.py" line="73"/>
        <source>裁决书/判决书文号</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/mediation/case_labels.py" line="74"/>
        <source>裁决书/判决书副本</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/mediation/case_labels.py" line="75"/>
        <source>调解案号格式</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/mediation/case_labels.py" line="77"/>
        <source>本局人员</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/mediation/case_labels.py" line="78"/>
        <source>专业领域</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/mediation/case_labels.py" line="79"/>
        <source>增加</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/mediation/case_labels.py" line="80"/>
        <source>移除</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/mediation/case_labels.py" line="90"/>
        <source>被请求人意见陈述期</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/mediation/case_labels.py" line="91"/>
        <source>调解立案/不予立案通知</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/mediation/case_labels.py" line="92"/>
        <source>权属纠纷调解结案期限</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/mediation/case_labels.py" line="93"/>
        <source>抄送国家知识产权局</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/mediation/case_labels.py" line="99"/>
        <source>登记调解请求</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/mediation/case_labels.py" line="100"/>
        <source>修改调解请求</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/mediation/case_labels.py" line="101"/>
        <location filename="../../ui/mediation/case_labels.py" line="113"/>
        <source>审批延长调解期限</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/mediation/case_labels.py" line="102"/>
        <location filename="../../ui/mediation/case_labels.py" line="114"/>
        <source>指定调解员</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/mediation/case_labels.py" line="103"/>
        <source>维护调解员库</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/mediation/case_labels.py" line="104"/>
        <source>修改调解案号格式</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/mediation/case_labels.py" line="106"/>
        <source>调解案件延长办理期限（权属纠纷，1个月）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/mediation/labels.py" line="11"/>
        <source>达成一致</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/mediation/labels.py" line="12"/>
        <source>未达成一致，继续调解</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/mediation/labels.py" line="13"/>
        <source>调解不成</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/mediation/labels.py" line="17"/>
        <source>待签署</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/mediation/labels.py" line="18"/>
        <source>已生效</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/mediation/labels.py" line="19"/>
        <source>签署前反悔，已作废</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/mediation/labels.py" line="23"/>
        <source>已申请，待法院裁定</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/mediation/labels.py" line="24"/>
        <source>法院裁定确认有效</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/mediation/labels.py" line="25"/>
        <source>法院裁定驳回申请</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/mediation/labels.py" line="34"/>
        <source>保存协议条款</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/mediation/labels.py" line="35"/>
        <source>当事人签署</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/mediation/labels.py" line="36"/>
        <source>当事人签署前反悔</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/mediation/labels.py" line="40"/>
        <source>司法确认申请期限</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/mediation/labels.py" line="41"/>
        <source>调解协议分期履行</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/mediation/labels.py" line="45"/>
        <source>记录调解</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/mediation/labels.py" line="46"/>
        <source>保存调解协议</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/mediation/labels.py" line="47"/>
        <source>登记当事人签署</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/mediation/labels.py" line="48"/>
        <source>当事人反悔</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/mediation/labels.py" line="49"/>
        <source>提交调解结案审批</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/mediation/labels.py" line="50"/>
        <source>登记司法确认</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/mediation/labels.py" line="51"/>
        <source>登记履行</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/mediation/labels.py" line="55"/>
        <source>调解</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/mediation/labels.py" line="56"/>
        <source>调解协议</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/mediation/labels.py" line="57"/>
        <source>司法确认</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/mediation/labels.py" line="58"/>
        <source>调解协议履行</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/mediation/labels.py" line="63"/>
        <source>调解日期</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/mediation/labels.py" line="65"/>
        <source>调解员</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/mediation/labels.py" line="66"/>
        <source>请求人方案</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/mediation/labels.py" line="67"/>
        <source>被请求人方案</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/mediation/labels.py" line="68"/>
        <source>调解结果</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/mediation/labels.py" line="69"/>
        <source>停止的行为</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/mediation/labels.py" line="70"/>
        <source>停止日期</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/mediation/labels.py" line="71"/>
        <source>销毁、撤回、删除</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/mediation/labels.py" line="72"/>
        <source>赔偿数额</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/mediation/labels.py" line="73"/>
        <source>分期履行</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/mediation/labels.py" line="74"/>
        <source>金额</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/mediation/labels.py" line="75"/>
        <source>到期日</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/mediation/labels.py" line="77"/>
        <source>其他条款</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/mediation/labels.py" line="78"/>
        <location filename="../../ui/mediation/labels.py" line="79"/>
        <source>签署人</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/mediation/labels.py" line="80"/>
        <source>签署日期</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/mediation/labels.py" line="81"/>
        <source>反悔的当事人</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/mediation/labels.py" line="82"/>
        <source>反悔理由</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/mediation/labels.py" line="83"/>
        <source>反悔日期</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/mediation/labels.py" line="85"/>
        <location filename="../../ui/mediation/labels.py" line="94"/>
        <source>受理法院</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/mediation/labels.py" line="87"/>
        <source>司法确认结果</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/mediation/labels.py" line="88"/>
        <location filename="../../ui/mediation/labels.py" line="96"/>
        <source>裁定日期</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/mediation/labels.py" line="89"/>
        <source>付款日期</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/mediation/labels.py" line="90"/>
        <source>付款金额</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cases/labels.py" line="100"/>
        <location filename="../../ui/mediation/labels.py" line="92"/>
        <source>协议编号</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/mediation/labels.py" line="97"/>
        <source>期数</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/statistics/labels.py" line="11"/>
        <source>裁决：侵权成立</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/statistics/labels.py" line="12"/>
        <source>裁决：驳回请求</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/statistics/labels.py" line="14"/>
        <source>撤回</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/statistics/labels.py" line="15"/>
        <source>撤销（其他事由）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/statistics/labels.py" line="18"/>
        <source>立案前撤回</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/recusal/labels.py" line="9"/>
        <source>是涉案当事人或者当事人、代理人的近亲属</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/recusal/labels.py" line="10"/>
        <source>与涉案专利申请或者专利权有利害关系</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/recusal/labels.py" line="11"/>
        <source>是涉案专利的专利代理师或者审查员</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/recusal/labels.py" line="12"/>
        <source>与案件有其他利害关系，可能影响公正处理</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/recusal/labels.py" line="13"/>
        <source>接受请客送礼或者违反规定会见当事人、代理人</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/recusal/labels.py" line="26"/>
        <source>待决定（被申请人暂停参与本案）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/recusal/labels.py" line="27"/>
        <location filename="../../ui/recusal/labels.py" line="67"/>
        <source>决定回避</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/recusal/labels.py" line="28"/>
        <source>驳回申请</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/recusal/labels.py" line="32"/>
        <source>在知道名单之日起的期限内</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/recusal/labels.py" line="33"/>
        <source>在口头审理开始时以前</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/recusal/labels.py" line="34"/>
        <source>口审开始后知道的事由，口审终结前提出</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/recusal/labels.py" line="38"/>
        <source>非口审现场（书面或到局提出）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/recusal/labels.py" line="39"/>
        <source>口审开始时（询问是否申请回避时）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/recusal/labels.py" line="40"/>
        <source>口审进行中（事由在口审开始后知道）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/recusal/labels.py" line="45"/>
        <source>登记回避申请</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/recusal/labels.py" line="46"/>
        <source>决定回避申请</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/recusal/labels.py" line="50"/>
        <location filename="../../ui/recusal/labels.py" line="72"/>
        <source>回避申请</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/recusal/labels.py" line="51"/>
        <source>回避决定</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/recusal/labels.py" line="55"/>
        <location filename="../../ui/recusal/labels.py" line="56"/>
        <source>申请人</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/recusal/labels.py" line="57"/>
        <location filename="../../ui/recusal/labels.py" line="58"/>
        <source>被申请回避人员</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/recusal/labels.py" line="59"/>
        <source>被申请回避人员姓名</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/recusal/labels.py" line="60"/>
        <source>身份</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/recusal/labels.py" line="61"/>
        <source>回避事由</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/recusal/labels.py" line="62"/>
        <source>知道名单日期</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/recusal/labels.py" line="63"/>
        <source>口审</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/recusal/labels.py" line="64"/>
        <source>提出场合</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/recusal/labels.py" line="65"/>
        <source>提出时间</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/recusal/labels.py" line="66"/>
        <source>口头提出</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/recusal/labels.py" line="69"/>
        <source>更换为</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/recusal/labels.py" line="70"/>
        <location filename="../../ui/recusal/labels.py" line="71"/>
        <source>更换人员</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../../main.py" line="151"/>
        <source>正在准备数据库（首次运行会创建演示数据）…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../main.py" line="154"/>
        <source>专利侵权纠纷行政裁决案件管理</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../main.py" line="162"/>
        <source>数据库尚未初始化</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>parent</name>
    <message>
        <location filename="../../ui/documents/case_tab.py" line="262"/>
        <source>取消</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/documents/case_tab.py" line="273"/>
        <source>正在签发文书…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>storage</name>
    <message>
        <location filename="../../ui/common/storage_texts.py" line="15"/>
        <source>数据库文件已损坏，或不是本系统的数据库：%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/common/storage_texts.py" line="16"/>
        <source>文件可能被截断（复制或传输中断、磁盘故障），也可能被其他文件替换。请不要继续使用它，用最近的完好备份恢复；恢复时当前文件会另行保留。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/common/storage_texts.py" line="19"/>
        <source>数据库不能写入：%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/common/storage_texts.py" line="20"/>
        <source>文件、所在文件夹或数据库服务器是只读的（例如从光盘或只读共享复制来的文件）。请取消文件的“只读”属性、检查文件夹权限，或请管理员处理。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/common/storage_texts.py" line="23"/>
        <source>磁盘空间已满，数据库无法写入：%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/common/storage_texts.py" line="24"/>
        <source>请清理磁盘空间，或请管理员为数据库服务器扩容。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/common/storage_texts.py" line="26"/>
        <source>无法打开数据库：%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/common/storage_texts.py" line="27"/>
        <source>文件或文件夹不存在、无权访问，或数据库服务器无法连接。请检查数据库位置和网络，或请管理员处理。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/common/storage_texts.py" line="30"/>
        <source>本次操作没有保存任何内容，填写的内容仍保留在窗口中；问题解决后请再次保存。</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
