// Texts of the shell (layout, sign-in, common words). Areas keep their own texts in areas/<area>/i18n.js.
export default {
  'zh-CN': {
    app: { title: '预算绩效评价第三方机构信用管理平台', short: '第三方机构信用管理平台', bureau: '财政局' },
    common: {
      pageSize: '每页条数',
      search: '查询', reset: '重置', create: '新增', edit: '编辑', save: '保存', cancel: '取消', confirm: '确定',
      delete: '删除', actions: '操作', review: '审核', export: '导出 Excel', yes: '是', no: '否', all: '全部', back: '返回',
      loading: '加载中…', saved: '已保存', done: '操作成功', reason: '原因', required: '必填', details: '详情',
      total: '共 {n} 条', capped: '匹配超过 {n} 条，只列出前 {n} 条，请用筛选条件缩小范围', noData: '暂无数据', submit: '提交', close: '关闭', status: '状态', refresh: '刷新',
      fixErrors: '请按提示修改标红的字段', from: '开始日期', to: '结束日期', keyword: '关键字', view: '查看',
      confirmTitle: '请确认', unsavedTitle: '有未保存的修改', unsavedMessage: '您填写的内容尚未保存，离开后将丢失。确定放弃这些修改吗？', unsavedDiscard: '放弃修改',
      menu: '菜单', engagementSearch: '输入项目名称搜索委托业务', breadcrumb: '当前位置',
      loadFailed: '未能加载，请稍后重试', retry: '重试'
    },
    nav: { home: '工作台', system: '系统设置', portalSettings: '门户设置', users: '用户管理', audit: '审计日志', password: '修改密码', logout: '退出登录', language: 'English' },
    login: {
      title: '用户登录', username: '用户名', password: '密码', submit: '登录', register: '机构注册',
      expired: '登录已过期，请重新登录'
    },
    roles: { AGENCY: '机构用户', STAFF: '业务人员', ADMIN: '管理员' },
    home: { welcome: '欢迎，{name}', intro: '请从左侧菜单选择要办理的业务。', roles: '当前角色' },
    notFound: { title: '页面不存在', back: '返回首页' },
    publicPages: { hint: '依据财监〔2021〕4号等规定公示，不含任何个人信息。' },
    // punctuation between a label and its value, around an aside: full-width in Chinese, ASCII in English
    punct: { colon: '：', open: '（', close: '）', comma: '，' }
  },
  en: {
    app: { title: 'Agency Credit Portal for Budget Performance Evaluation', short: 'Agency Credit Portal', bureau: 'Finance Bureau' },
    common: {
      pageSize: 'Rows per page',
      search: 'Search', reset: 'Reset', create: 'New', edit: 'Edit', save: 'Save', cancel: 'Cancel', confirm: 'OK',
      delete: 'Delete', actions: 'Actions', review: 'Review', export: 'Export Excel', yes: 'Yes', no: 'No', all: 'All', back: 'Back',
      loading: 'Loading…', saved: 'Saved', done: 'Done', reason: 'Reason', required: 'Required', details: 'Details',
      total: '{n} in total', capped: 'More than {n} match; the first {n} are listed: narrow the filters', noData: 'No data', submit: 'Submit', close: 'Close', status: 'Status', refresh: 'Refresh',
      fixErrors: 'Please correct the fields marked in red', from: 'From', to: 'To', keyword: 'Keyword', view: 'View',
      confirmTitle: 'Please confirm', unsavedTitle: 'Unsaved changes', unsavedMessage: 'What you entered has not been saved and will be lost if you leave. Discard these changes?', unsavedDiscard: 'Discard changes',
      menu: 'Menu', engagementSearch: 'Search engagements by title', breadcrumb: 'You are here',
      loadFailed: 'Could not load; please try again', retry: 'Try again'
    },
    nav: { home: 'Home', system: 'Settings', portalSettings: 'Portal settings', users: 'Users', audit: 'Audit log', password: 'Change password', logout: 'Sign out', language: '中文' },
    login: {
      title: 'Sign in', username: 'User name', password: 'Password', submit: 'Sign in', register: 'Register an agency',
      expired: 'Your session has expired; please sign in again'
    },
    roles: { AGENCY: 'Agency', STAFF: 'Staff', ADMIN: 'Administrator' },
    home: { welcome: 'Welcome, {name}', intro: 'Choose a task from the menu on the left.', roles: 'Roles' },
    notFound: { title: 'Page not found', back: 'Back to home' },
    publicPages: { hint: 'Published under Caijian [2021] No. 4 and related rules; no personal data.' },
    punct: { colon: ': ', open: ' (', close: ')', comma: ', ' }
  }
}
